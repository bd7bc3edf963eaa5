import { Query } from '@nestjs/cqrs';
import { CommandMeta } from '@custody/platform';
import { z } from 'zod';
import { PidinstRecord } from '../../pidinst/pidinst-record';
import { pidinstRecordView } from '../../views/equipment.views';

export const getAssetPidinstInput = z.strictObject({
  assetId: z.guid().describe('The asset whose PIDINST 1.0 record to read'),
});
export type GetAssetPidinstInput = z.output<typeof getAssetPidinstInput>;

/** A public read: `meta` is null when it came through the public REST route. */
export const getAssetPidinstOutput = pidinstRecordView;

export class GetAssetPidinstQuery extends Query<PidinstRecord> {
  constructor(
    readonly input: GetAssetPidinstInput,
    readonly meta: CommandMeta | null,
  ) {
    super();
  }
}
