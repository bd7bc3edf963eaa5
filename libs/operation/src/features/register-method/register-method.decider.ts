import { Decider, ErrorDetail, conflict, invalid } from '@custody/kernel';
import { MethodEvent } from '../../aggregates/method/method.events';
import { evolveMethod } from '../../aggregates/method/method.evolve';
import { MethodState, initialMethodState } from '../../aggregates/method/method.state';

export interface RegisterMethod {
  readonly methodId: string;
  readonly name: string;
  readonly neededInputKinds: readonly string[];
  readonly parametersSchema: Record<string, unknown> | null;
}

/** What the handler found checking the schema with the JSON Schema library (empty: a usable schema). */
export interface RegisterMethodContext {
  readonly schemaErrors: readonly ErrorDetail[];
}

/** Registers a method once; its schema must be a usable JSON Schema; its input kinds are a set (first seen kept). */
export const registerMethodDecider: Decider<MethodState, RegisterMethod, MethodEvent, RegisterMethodContext> = {
  initialState: initialMethodState,
  evolve: evolveMethod,
  decide(state, command, { schemaErrors }, { now }) {
    if (state.exists) throw conflict('MethodAlreadyRegistered', `Method ${command.methodId} already exists.`);
    if (schemaErrors.length > 0) {
      throw invalid('ValidationFailed', 'parametersSchema is not a valid JSON Schema.', schemaErrors);
    }
    return [
      {
        type: 'MethodRegistered',
        data: {
          methodId: command.methodId,
          name: command.name,
          neededInputKinds: [...new Set(command.neededInputKinds)],
          parametersSchema: command.parametersSchema,
          registeredAt: now,
        },
      },
    ];
  },
};
