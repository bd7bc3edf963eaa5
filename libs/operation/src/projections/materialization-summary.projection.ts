import { Injectable } from '@nestjs/common';
import { AggregateStateProjection, ProjectionHandler } from '@custody/platform';
import {
  MATERIALIZATION_EVENT_TYPES,
  MaterializationEvent,
} from '../aggregates/materialization/materialization.events';
import { evolveMaterialization } from '../aggregates/materialization/materialization.evolve';
import { MaterializationState, initialMaterializationState } from '../aggregates/materialization/materialization.state';

export const MATERIALIZATION_SUMMARY = 'operation_materialization_summary';

/** One row per materialization with its folded state; the list filters on dataset and state. */
@ProjectionHandler()
@Injectable()
export class MaterializationSummaryProjection extends AggregateStateProjection<
  MaterializationState,
  MaterializationEvent
> {
  readonly name = MATERIALIZATION_SUMMARY;
  readonly eventTypes = MATERIALIZATION_EVENT_TYPES;
  protected readonly table = 'operation_materialization_summary';
  protected readonly initialState = initialMaterializationState;

  protected evolve(state: MaterializationState, event: MaterializationEvent): MaterializationState {
    return evolveMaterialization(state, event);
  }

  protected columns(state: MaterializationState): Record<string, unknown> {
    return state.exists
      ? { dataset_id: state.datasetId, state_name: state.state }
      : { dataset_id: null, state_name: null };
  }
}
