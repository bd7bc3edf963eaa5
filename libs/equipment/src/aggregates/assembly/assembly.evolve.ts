import { AssemblyEvent } from './assembly.events';
import { AssemblyState } from './assembly.state';

export function evolveAssembly(state: AssemblyState, event: AssemblyEvent): AssemblyState {
  switch (event.type) {
    case 'AssemblyRegistered':
      return {
        exists: true,
        assemblyId: event.data.assemblyId,
        name: event.data.name,
        slots: event.data.slots,
        deprecated: false,
      };
    case 'AssemblyDeprecated':
      return state.exists ? { ...state, deprecated: true } : state;
    default:
      return state;
  }
}
