import { Injectable } from '@nestjs/common';
import { AggregateStateProjection, ProjectionHandler } from '@custody/platform';
import { ACQUISITION_EVENT_TYPES, AcquisitionEvent } from '../aggregates/acquisition/acquisition.events';
import { evolveAcquisition } from '../aggregates/acquisition/acquisition.evolve';
import { AcquisitionState, initialAcquisitionState } from '../aggregates/acquisition/acquisition.state';

export const ACQUISITION_SUMMARY = 'data_acquisition_summary';

/**
 * One row per acquisition with its folded state, and the columns the lists filter on (state, tier, every host in
 * its history) and the worker's rescan reads (target tier, halted, staging removed).
 */
@ProjectionHandler()
@Injectable()
export class AcquisitionSummaryProjection extends AggregateStateProjection<AcquisitionState, AcquisitionEvent> {
  readonly name = ACQUISITION_SUMMARY;
  readonly eventTypes = ACQUISITION_EVENT_TYPES;
  protected readonly table = 'data_acquisition_summary';
  protected readonly initialState = initialAcquisitionState;

  protected evolve(state: AcquisitionState, event: AcquisitionEvent): AcquisitionState {
    return evolveAcquisition(state, event);
  }

  protected columns(state: AcquisitionState): Record<string, unknown> {
    if (!state.exists) {
      return { state_name: null, tier_id: null, target_tier_id: null, hosts: [], halted: false, done: false };
    }
    const hosts = [...new Set(state.history.map((h) => h.host).filter((h): h is string => h !== null))];
    return {
      state_name: state.state,
      tier_id: state.tierId,
      target_tier_id: state.targetTierId,
      hosts,
      halted: state.error !== null,
      done: state.stagingRemoved,
    };
  }
}
