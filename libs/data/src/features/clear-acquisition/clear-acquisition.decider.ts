import { Decider } from '@custody/kernel';
import { AcquisitionEvent } from '../../aggregates/acquisition/acquisition.events';
import { evolveAcquisition } from '../../aggregates/acquisition/acquisition.evolve';
import { AcquisitionState, initialAcquisitionState } from '../../aggregates/acquisition/acquisition.state';
import { TransitionFacts, decideTransition } from '../../aggregates/acquisition/acquisition.transition';

export interface ClearAcquisition {
  readonly acquisitionId: string;
  readonly host: string;
}

/**
 * An operator's clear (the way a `manual` acquisition ends): the transition to `cleared` under the same guard
 * (a Verified copy besides the staging one). The worker serving the tier then deletes the staging files.
 */
export const clearAcquisitionDecider: Decider<AcquisitionState, ClearAcquisition, AcquisitionEvent, TransitionFacts> = {
  initialState: initialAcquisitionState,
  evolve: evolveAcquisition,
  decide: (state, command, facts, { now }) =>
    decideTransition(state, { acquisitionId: command.acquisitionId, to: 'cleared', host: command.host }, facts, now),
};
