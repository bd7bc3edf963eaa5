import { Injectable } from '@nestjs/common';
import { AggregateStateProjection, ProjectionHandler } from '@custody/platform';
import { MODEL_EVENT_TYPES, ModelEvent } from '../aggregates/model/model.events';
import { evolveModel } from '../aggregates/model/model.evolve';
import { ModelState, initialModelState } from '../aggregates/model/model.state';

export const MODEL_SUMMARY = 'model_summary';

/** One row per model with its folded state; GET /v1/models filters on the family. */
@ProjectionHandler()
@Injectable()
export class ModelSummaryProjection extends AggregateStateProjection<ModelState, ModelEvent> {
  readonly name = MODEL_SUMMARY;
  readonly eventTypes = MODEL_EVENT_TYPES;
  protected readonly table = 'model_summary';
  protected readonly initialState = initialModelState;

  protected evolve(state: ModelState, event: ModelEvent): ModelState {
    return evolveModel(state, event);
  }

  protected columns(state: ModelState): Record<string, unknown> {
    return { family_id: state.exists ? state.familyId : null };
  }
}
