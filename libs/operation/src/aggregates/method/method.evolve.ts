import { MethodEvent } from './method.events';
import { MethodState } from './method.state';

export function evolveMethod(state: MethodState, event: MethodEvent): MethodState {
  switch (event.type) {
    case 'MethodRegistered':
      return {
        exists: true,
        methodId: event.data.methodId,
        name: event.data.name,
        neededInputKinds: event.data.neededInputKinds,
        parametersSchema: event.data.parametersSchema,
        registeredAt: event.data.registeredAt,
      };
    default:
      return state;
  }
}
