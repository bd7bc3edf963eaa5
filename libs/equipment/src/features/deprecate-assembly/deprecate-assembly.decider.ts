import { Decider, conflict } from '@custody/kernel';
import { assemblyNotFound } from '../../aggregates/assembly/assembly.errors';
import { AssemblyEvent } from '../../aggregates/assembly/assembly.events';
import { evolveAssembly } from '../../aggregates/assembly/assembly.evolve';
import { AssemblyState, initialAssemblyState } from '../../aggregates/assembly/assembly.state';

export interface DeprecateAssembly {
  readonly assemblyId: string;
}

/** An assembly is deprecated once; no fixture can be registered from it afterwards. */
export const deprecateAssemblyDecider: Decider<AssemblyState, DeprecateAssembly, AssemblyEvent> = {
  initialState: initialAssemblyState,
  evolve: evolveAssembly,
  decide(state, command, _context, { now }) {
    if (!state.exists) throw assemblyNotFound(command.assemblyId);
    if (state.deprecated) {
      throw conflict('AssemblyCannotDeprecate', `Assembly ${command.assemblyId} is already deprecated.`);
    }
    return [{ type: 'AssemblyDeprecated', data: { assemblyId: command.assemblyId, at: now } }];
  },
};
