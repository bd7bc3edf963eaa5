import { Decider } from '@custody/kernel';
import { AggregateRepository, CommandMeta, UnitOfWork } from '@custody/platform';
import { acquisitionNotFound } from '../aggregates/acquisition/acquisition.errors';
import { ACQUISITION_STREAM, AcquisitionEvent } from '../aggregates/acquisition/acquisition.events';
import { evolveAcquisition } from '../aggregates/acquisition/acquisition.evolve';
import {
  AcquisitionState,
  AcquisitionView,
  initialAcquisitionState,
  toAcquisitionView,
} from '../aggregates/acquisition/acquisition.state';
import { CopyFact, TransitionFacts } from '../aggregates/acquisition/acquisition.transition';
import { evolveDataset } from '../aggregates/dataset/dataset.evolve';
import { initialDatasetState } from '../aggregates/dataset/dataset.state';
import { evolveDistribution } from '../aggregates/distribution/distribution.evolve';
import { initialDistributionState } from '../aggregates/distribution/distribution.state';
import { fold } from '@custody/kernel';

export const acquisitionFold = { evolve: evolveAcquisition, initialState: initialAcquisitionState };
const datasetFold = { evolve: evolveDataset, initialState: initialDatasetState };
const distributionFold = { evolve: evolveDistribution, initialState: initialDistributionState };

/** A dataset's live copies and their statuses; the caller holds the dataset's lock. */
export async function loadCopyFacts(unit: UnitOfWork, datasetId: string | null): Promise<TransitionFacts> {
  if (datasetId === null) return { datasetExists: false, copies: [] };
  const { state: dataset } = await unit.load(datasetFold, datasetId);
  if (!dataset.exists) return { datasetExists: false, copies: [] };
  const copies: CopyFact[] = [];
  for (const member of dataset.distributions) {
    const { state } = await unit.load(distributionFold, member.distributionId);
    if (state.exists) copies.push({ distributionId: state.distributionId, tierId: state.tierId, status: state.status });
  }
  return { datasetExists: true, copies };
}

/**
 * One transition of an acquisition, its guards checked in the transaction that records it. The dataset is locked
 * before the acquisition and its copies, as every command that changes a copy's status locks the dataset first:
 * a concurrent discard of the target copy either runs before (and the guard sees it) or waits.
 */
export async function runAcquisitionTransition<TCommand extends { acquisitionId: string; datasetId?: string }>(
  aggregates: AggregateRepository,
  meta: CommandMeta,
  decider: Decider<AcquisitionState, TCommand, AcquisitionEvent, TransitionFacts>,
  command: TCommand,
): Promise<AcquisitionView> {
  const peek = await aggregates.load(acquisitionFold, command.acquisitionId);
  if (!peek.state.exists) throw acquisitionNotFound(command.acquisitionId);
  const datasetId = peek.state.datasetId ?? command.datasetId ?? null;
  return aggregates.transact(meta, async (unit) => {
    if (datasetId !== null) await unit.lock([datasetId]);
    const { state, version } = await unit.load(acquisitionFold, command.acquisitionId);
    // The worker may have linked the dataset since the peek: lock the one it names now.
    const current = state.exists ? (state.datasetId ?? command.datasetId ?? null) : null;
    const facts = await loadCopyFacts(unit, current);
    const events = decider.decide(state, command, facts, unit.deps);
    unit.append(ACQUISITION_STREAM, command.acquisitionId, events);
    const after = fold(evolveAcquisition, state, events);
    if (!after.exists) throw acquisitionNotFound(command.acquisitionId);
    return toAcquisitionView(after, version + events.length);
  });
}

/** The same facts read without locks (the worker's check right before it deletes files). */
export async function loadCopyFactsUnlocked(
  aggregates: AggregateRepository,
  datasetId: string | null,
): Promise<TransitionFacts> {
  if (datasetId === null) return { datasetExists: false, copies: [] };
  const { state: dataset } = await aggregates.load(datasetFold, datasetId);
  if (!dataset.exists) return { datasetExists: false, copies: [] };
  const copies: CopyFact[] = [];
  for (const member of dataset.distributions) {
    const { state } = await aggregates.load(distributionFold, member.distributionId);
    if (state.exists) copies.push({ distributionId: state.distributionId, tierId: state.tierId, status: state.status });
  }
  return { datasetExists: true, copies };
}
