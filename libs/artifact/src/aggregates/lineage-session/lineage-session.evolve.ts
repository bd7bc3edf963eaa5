import { LineageSessionEvent } from './lineage-session.events';
import { LineageSessionState } from './lineage-session.state';

export function evolveLineageSession(state: LineageSessionState, event: LineageSessionEvent): LineageSessionState {
  switch (event.type) {
    case 'LineageSessionOpened':
      return {
        exists: true,
        sessionId: event.data.sessionId,
        principalId: event.data.principalId,
        clientSessionId: event.data.clientSessionId,
        git: event.data.git,
        status: 'open',
        lineageHash: null,
      };
    case 'LineageSessionFinalized':
      return state.exists ? { ...state, status: 'closed', lineageHash: event.data.lineageHash } : state;
    default:
      return state;
  }
}
