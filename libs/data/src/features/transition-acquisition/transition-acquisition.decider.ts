import { Decider } from '@custody/kernel';
import { AcquisitionEvent } from '../../aggregates/acquisition/acquisition.events';
import { evolveAcquisition } from '../../aggregates/acquisition/acquisition.evolve';
import { AcquisitionState, initialAcquisitionState } from '../../aggregates/acquisition/acquisition.state';
import {
  TransitionFacts,
  TransitionRequest,
  decideTransition,
} from '../../aggregates/acquisition/acquisition.transition';

/** Moves an acquisition to its next state under the guards (see decideTransition). */
export const transitionAcquisitionDecider: Decider<
  AcquisitionState,
  TransitionRequest,
  AcquisitionEvent,
  TransitionFacts
> = {
  initialState: initialAcquisitionState,
  evolve: evolveAcquisition,
  decide: (state, command, facts, { now }) => decideTransition(state, command, facts, now),
};
