import { Decider, conflict, invalid, notFound } from '@custody/kernel';
import { materializationNoVerifiedSource } from '../../aggregates/materialization/materialization.errors';
import {
  ExpectedChecksum,
  MaterializationRequested,
  TransferVia,
} from '../../aggregates/materialization/materialization.events';
import { evolveMaterialization } from '../../aggregates/materialization/materialization.evolve';
import {
  MaterializationState,
  initialMaterializationState,
} from '../../aggregates/materialization/materialization.state';
import { queueOfTiers, targetPathUnder } from '../../aggregates/materialization/materialization-target';

type Protocol = 'file' | 's3' | 'https' | 'globus';

export interface TierFact {
  readonly tierId: string;
  readonly accessProtocol: Protocol;
  readonly rootUri: string;
  readonly reachable: boolean;
}

export interface CopyFact {
  readonly distributionId: string;
  readonly tierId: string;
  readonly status: 'Registered' | 'Verified' | 'Stale';
  readonly relativePath: string;
  /** The copy's tier; null when it is unknown. */
  readonly tier: TierFact | null;
}

export interface RequestMaterialization {
  readonly materializationId: string;
  readonly datasetId: string;
  readonly targetTierId: string;
  readonly targetUri?: string;
  readonly via?: TransferVia;
  readonly requestedBy: string;
}

export interface RequestMaterializationContext {
  readonly dataset: {
    readonly checksum: { readonly algorithm: 'sha256' | 'sha256-tree'; readonly value: string };
    readonly byteSize: number;
    readonly discarded: boolean;
  } | null;
  readonly targetTier: TierFact | null;
  /** The dataset's copies that are not discarded, in registration order. */
  readonly copies: readonly CopyFact[];
}

/** Which tier protocols each adapter moves bytes between (local and FDT: file to file; Globus: collections). */
const PROTOCOLS_OF: Record<TransferVia, Protocol> = { local: 'file', fdt: 'file', globus: 'globus' };

export function defaultVia(target: Protocol): TransferVia {
  return target === 'globus' ? 'globus' : 'local';
}

/**
 * Checks, in order: DatasetNotFound, TierNotFound (the target), MaterializationViaUnsupported (400: the adapter
 * cannot write to that tier's protocol), MaterializationTargetUriInvalid (400), then the source: the first
 * Verified copy (registration order) on a reachable tier other than the target, of the protocol the adapter reads
 * (a local copy needs both tiers on one host: file to file). None: MaterializationNoVerifiedSource 409.
 */
export const requestMaterializationDecider: Decider<
  MaterializationState,
  RequestMaterialization,
  MaterializationRequested,
  RequestMaterializationContext
> = {
  initialState: initialMaterializationState,
  evolve: evolveMaterialization,
  decide(state, command, { dataset, targetTier, copies }, { now }) {
    if (state.exists) {
      throw conflict('MaterializationAlreadyRequested', `Materialization ${command.materializationId} exists.`);
    }
    if (!dataset) throw notFound('DatasetNotFound', `Dataset ${command.datasetId} does not exist.`);
    if (!targetTier) throw notFound('TierNotFound', `Tier ${command.targetTierId} does not exist.`);
    const via = command.via ?? defaultVia(targetTier.accessProtocol);
    const protocol = PROTOCOLS_OF[via];
    if (targetTier.accessProtocol !== protocol) {
      throw invalid(
        'MaterializationViaUnsupported',
        `via ${via} moves ${protocol} copies; the target tier is ${targetTier.accessProtocol}.`,
        [{ path: 'via', message: `does not write to a ${targetTier.accessProtocol} tier` }],
      );
    }
    let targetPath: string | null = null;
    if (command.targetUri !== undefined) {
      const resolved = targetPathUnder(targetTier.rootUri, command.targetUri);
      if (!resolved.ok) {
        throw invalid('MaterializationTargetUriInvalid', `targetUri ${resolved.reason}.`, [
          { path: 'targetUri', message: resolved.reason },
        ]);
      }
      targetPath = resolved.path;
    }
    if (dataset.discarded) {
      throw materializationNoVerifiedSource(command.datasetId, command.targetTierId, 'the dataset is discarded');
    }
    const verified = copies.filter((c) => c.status === 'Verified');
    const source = verified.find(
      (c) =>
        c.tier !== null && c.tier.reachable && c.tierId !== command.targetTierId && c.tier.accessProtocol === protocol,
    );
    if (!source || !source.tier) {
      const why =
        verified.length === 0
          ? 'no Verified copy'
          : `no Verified copy on a reachable ${protocol} tier other than the target`;
      throw materializationNoVerifiedSource(command.datasetId, command.targetTierId, why);
    }
    const expected: ExpectedChecksum = { ...dataset.checksum, byteSize: dataset.byteSize };
    return [
      {
        type: 'MaterializationRequested',
        data: {
          materializationId: command.materializationId,
          datasetId: command.datasetId,
          targetTierId: command.targetTierId,
          via,
          kind: dataset.checksum.algorithm === 'sha256-tree' ? 'tree' : 'file',
          sourceDistributionId: source.distributionId,
          source: {
            tierId: source.tierId,
            accessProtocol: source.tier.accessProtocol,
            rootUri: source.tier.rootUri,
            path: source.relativePath,
          },
          target: {
            tierId: targetTier.tierId,
            accessProtocol: targetTier.accessProtocol,
            rootUri: targetTier.rootUri,
            path: targetPath ?? source.relativePath,
          },
          expected,
          queue: queueOfTiers(source.tierId, targetTier.tierId),
          requestedBy: command.requestedBy,
          at: now,
        },
      },
    ];
  },
};
