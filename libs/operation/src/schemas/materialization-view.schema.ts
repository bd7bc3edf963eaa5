import { z } from 'zod';
import { MATERIALIZATION_STATES, TRANSFER_VIAS } from '../aggregates/materialization/materialization.events';
import { RequestedMaterialization } from '../aggregates/materialization/materialization.state';
import { TransferProgress } from '../transfer/transfer.port';

const count = z.number().int().min(0);

export const transferView = z.object({
  state: z.enum(['Pending', 'Active', 'Suspended', 'Succeeded', 'Failed', 'Cancelled']),
  bytesMoved: count,
  bytesTotal: count.nullable(),
  filesTotal: count.nullable(),
  filesMoved: count,
  filesSkipped: count,
  filesFailed: count,
  partial: z.boolean().describe('Failed with some files moved and some failed'),
  bytesPerSecond: z.number().min(0).nullable(),
  etaSeconds: z.number().min(0).nullable().describe('Seconds left at the current rate; null when unknown'),
});

export const materializationErrorView = z.object({
  code: z
    .string()
    .describe(
      'TransferEndpointUnreachable | TransferAccessDenied | TransferRejected | TransferPartial | TargetCopyMismatch | ' +
        'MaterializationJobAbandoned | DistributionAlreadyRegistered | …',
    ),
  detail: z.string(),
});

export const materializationView = z.object({
  materializationId: z.guid(),
  datasetId: z.guid(),
  targetTierId: z.guid(),
  via: z.enum(TRANSFER_VIAS),
  state: z.enum(MATERIALIZATION_STATES),
  source: z.object({ distributionId: z.guid(), tierId: z.guid(), path: z.string() }),
  targetPath: z.string().describe('Where the copy lands, below the target tier root'),
  transfer: transferView,
  distributionId: z.guid().nullable().describe('The Distribution registered on the target tier, once there is one'),
  error: materializationErrorView.nullable(),
  cancelRequested: z.boolean(),
  requestedAt: z.string(),
  finishedAt: z.string().nullable(),
  version: z.number().int(),
});
export type MaterializationView = z.output<typeof materializationView>;

/** The counters: live ones while the job runs, the final ones once the transfer ended, zeros before it began. */
export function toMaterializationView(
  m: RequestedMaterialization,
  version: number,
  live: TransferProgress | undefined,
): MaterializationView {
  const base = {
    bytesTotal: m.expected.byteSize,
    filesTotal: null as number | null,
    bytesPerSecond: null as number | null,
  };
  let transfer: MaterializationView['transfer'];
  if (m.transfer) {
    const t = m.transfer;
    transfer = {
      state: t.state,
      bytesMoved: t.bytesMoved,
      bytesTotal: t.bytesTotal,
      filesTotal: t.filesTotal,
      filesMoved: t.filesMoved,
      filesSkipped: t.filesSkipped,
      filesFailed: t.filesFailed,
      partial: t.partial,
      bytesPerSecond: live?.bytesPerSecond ?? null,
      etaSeconds: t.state === 'Succeeded' ? 0 : null,
    };
  } else if (live) {
    const total = live.bytesTotal ?? m.expected.byteSize;
    const rate = live.bytesPerSecond;
    transfer = {
      state: live.state,
      bytesMoved: live.bytesMoved,
      bytesTotal: live.bytesTotal,
      filesTotal: live.filesTotal,
      filesMoved: live.filesMoved,
      filesSkipped: live.filesSkipped,
      filesFailed: live.filesFailed,
      partial: live.partial,
      bytesPerSecond: rate,
      etaSeconds: rate && rate > 0 ? Math.max(0, Math.round((total - live.bytesMoved) / rate)) : null,
    };
  } else {
    transfer = {
      ...base,
      state: m.state === 'Cancelled' ? 'Cancelled' : 'Pending',
      bytesMoved: 0,
      filesMoved: 0,
      filesSkipped: 0,
      filesFailed: 0,
      partial: false,
      etaSeconds: null,
    };
  }
  return {
    materializationId: m.materializationId,
    datasetId: m.datasetId,
    targetTierId: m.targetTierId,
    via: m.via,
    state: m.state,
    source: { distributionId: m.sourceDistributionId, tierId: m.source.tierId, path: m.source.path },
    targetPath: m.target.path,
    transfer,
    distributionId: m.distributionId,
    error: m.error,
    cancelRequested: m.cancelRequested,
    requestedAt: m.requestedAt,
    finishedAt: m.finishedAt,
    version,
  };
}
