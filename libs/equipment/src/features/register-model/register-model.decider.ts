import { Decider, conflict } from '@custody/kernel';
import { familyNotFound } from '../../aggregates/family/family.errors';
import { Manufacturer, ModelEvent } from '../../aggregates/model/model.events';
import { evolveModel } from '../../aggregates/model/model.evolve';
import { ModelState, initialModelState } from '../../aggregates/model/model.state';

export interface RegisterModel {
  readonly modelId: string;
  readonly familyId: string;
  readonly name: string;
  readonly manufacturer: Manufacturer;
}

/** Facts from other aggregates, loaded by the handler. */
export interface RegisterModelContext {
  readonly familyExists: boolean;
}

export const registerModelDecider: Decider<ModelState, RegisterModel, ModelEvent, RegisterModelContext> = {
  initialState: initialModelState,
  evolve: evolveModel,
  decide(state, command, context, { now }) {
    if (state.exists) throw conflict('ModelAlreadyRegistered', `Model ${command.modelId} is already registered.`);
    if (!context.familyExists) throw familyNotFound(command.familyId);
    return [
      {
        type: 'ModelRegistered',
        data: {
          modelId: command.modelId,
          familyId: command.familyId,
          name: command.name,
          manufacturer: command.manufacturer,
          registeredAt: now,
        },
      },
    ];
  },
};
