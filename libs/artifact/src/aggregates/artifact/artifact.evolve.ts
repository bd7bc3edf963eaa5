import { ArtifactEvent } from './artifact.events';
import { ArtifactState } from './artifact.state';

export function evolveArtifact(state: ArtifactState, event: ArtifactEvent): ArtifactState {
  switch (event.type) {
    case 'ArtifactDeposited':
      return { exists: true, ...event.data };
    default:
      return state;
  }
}
