import { ModelEvent } from './model.events';
import { ModelState } from './model.state';

export function evolveModel(state: ModelState, event: ModelEvent): ModelState {
  switch (event.type) {
    case 'ModelRegistered':
      return { exists: true, ...event.data };
    default:
      return state;
  }
}
