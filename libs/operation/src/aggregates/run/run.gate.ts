import { InputCopy } from './run.events';

/** A live (not discarded) copy of an input dataset, as the gate sees it. */
export interface GateCopy {
  readonly distributionId: string;
  readonly tierId: string;
  readonly status: 'Registered' | 'Verified' | 'Stale';
  readonly tierReachable: boolean;
}

export type GateOutcome =
  | { readonly passed: true; readonly inputCopies: readonly InputCopy[] }
  | {
      readonly passed: false;
      readonly code: 'RunInputNotVerified' | 'RunInputNotReachable';
      readonly datasetId: string;
    };

/**
 * The start gate: every input needs a Verified copy (else RunInputNotVerified), and a Verified copy on a
 * reachable tier (else RunInputNotReachable). Not-verified is reported before not-reachable, each naming the
 * smallest failing datasetId; a dataset the lookup knows nothing of counts as not verified. On success, each
 * input's first Verified reachable copy (registration order) is the one recorded.
 */
export function gateRunInputs(
  inputDatasetIds: readonly string[],
  copiesByDataset: ReadonlyMap<string, readonly GateCopy[]>,
): GateOutcome {
  const ascending = [...inputDatasetIds].sort();
  const verifiedOf = (datasetId: string) =>
    (copiesByDataset.get(datasetId) ?? []).filter((copy) => copy.status === 'Verified');
  const unverified = ascending.find((datasetId) => verifiedOf(datasetId).length === 0);
  if (unverified !== undefined) return { passed: false, code: 'RunInputNotVerified', datasetId: unverified };
  const unreachable = ascending.find((datasetId) => !verifiedOf(datasetId).some((copy) => copy.tierReachable));
  if (unreachable !== undefined) return { passed: false, code: 'RunInputNotReachable', datasetId: unreachable };
  return {
    passed: true,
    inputCopies: inputDatasetIds.map((datasetId) => {
      const copy = verifiedOf(datasetId).find((c) => c.tierReachable)!;
      return { datasetId, distributionId: copy.distributionId, tierId: copy.tierId };
    }),
  };
}
