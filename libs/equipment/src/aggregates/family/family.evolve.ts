import { FamilyEvent } from './family.events';
import { FamilyState } from './family.state';

export function evolveFamily(state: FamilyState, event: FamilyEvent): FamilyState {
  switch (event.type) {
    case 'FamilyRegistered':
      return { exists: true, familyId: event.data.familyId, name: event.data.name };
    default:
      return state;
  }
}
