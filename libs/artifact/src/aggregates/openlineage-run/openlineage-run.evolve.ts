import { OpenLineageRunEvent } from './openlineage-run.events';
import { OpenLineageRunState } from './openlineage-run.state';

export function evolveOpenLineageRun(state: OpenLineageRunState, event: OpenLineageRunEvent): OpenLineageRunState {
  switch (event.type) {
    case 'OpenLineageRunEventRecorded':
      return { state: event.data.state, seen: [...state.seen, `${event.data.eventType}|${event.data.eventTime}`] };
    default:
      return state;
  }
}
