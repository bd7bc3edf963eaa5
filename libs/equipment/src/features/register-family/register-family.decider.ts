import { Decider, conflict } from '@custody/kernel';
import { FamilyEvent } from '../../aggregates/family/family.events';
import { evolveFamily } from '../../aggregates/family/family.evolve';
import { FamilyState, initialFamilyState } from '../../aggregates/family/family.state';

export interface RegisterFamily {
  readonly familyId: string;
  readonly name: string;
}

export const registerFamilyDecider: Decider<FamilyState, RegisterFamily, FamilyEvent> = {
  initialState: initialFamilyState,
  evolve: evolveFamily,
  decide(state, command, _context, { now }) {
    if (state.exists) throw conflict('FamilyAlreadyRegistered', `Family ${command.familyId} is already registered.`);
    return [{ type: 'FamilyRegistered', data: { familyId: command.familyId, name: command.name, registeredAt: now } }];
  },
};
