import { Command } from '@nestjs/cqrs';
import { CommandMeta } from '@custody/platform';
import { z } from 'zod';
import { ObservedChecksum } from '../../aggregates/checksum/checksum';

/**
 * The worker's own bookkeeping on an acquisition (no REST route: only the worker that measured the files can
 * vouch for them): the run's dataset with its Verified staging copy, a halt with a visible error, and the end of
 * the staging copy after `cleared`.
 */
export const recordAcquisitionProgressInput = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('dataset'),
    acquisitionId: z.guid(),
    host: z.string().min(1),
    observed: z.custom<ObservedChecksum>(),
  }),
  z.strictObject({
    kind: z.literal('halt'),
    acquisitionId: z.guid(),
    host: z.string().min(1),
    code: z.string().min(1),
    detail: z.string().min(1),
  }),
  z.strictObject({ kind: z.literal('staging-removed'), acquisitionId: z.guid(), host: z.string().min(1) }),
]);
export type RecordAcquisitionProgressInput = z.output<typeof recordAcquisitionProgressInput>;

export interface AcquisitionProgressResult {
  readonly datasetId: string | null;
  readonly stagingDistributionId: string | null;
}

export class RecordAcquisitionProgressCommand extends Command<AcquisitionProgressResult> {
  constructor(
    readonly input: RecordAcquisitionProgressInput,
    readonly meta: CommandMeta,
  ) {
    super();
  }
}
