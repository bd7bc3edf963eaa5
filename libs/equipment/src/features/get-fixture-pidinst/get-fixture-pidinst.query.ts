import { Query } from '@nestjs/cqrs';
import { CommandMeta } from '@custody/platform';
import { z } from 'zod';
import { PidinstRecord } from '../../pidinst/pidinst-record';
import { pidinstRecordView } from '../../views/equipment.views';

export const getFixturePidinstInput = z.strictObject({
  fixtureId: z.guid().describe('The fixture whose PIDINST 1.0 record to read'),
});
export type GetFixturePidinstInput = z.output<typeof getFixturePidinstInput>;

/** A public read: `meta` is null when it came through the public REST route. */
export const getFixturePidinstOutput = pidinstRecordView;

export class GetFixturePidinstQuery extends Query<PidinstRecord> {
  constructor(
    readonly input: GetFixturePidinstInput,
    readonly meta: CommandMeta | null,
  ) {
    super();
  }
}
