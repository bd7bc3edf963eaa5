import { Query } from '@nestjs/cqrs';
import { CommandMeta } from '@custody/platform';
import { z } from 'zod';
import { MountView } from '../../aggregates/mount/mount.state';
import { mountView } from '../../views/equipment.views';

export const getMountInput = z.strictObject({
  mountId: z
    .guid()
    .transform((id) => id.toLowerCase())
    .describe('The mount to read'),
});
export type GetMountInput = z.output<typeof getMountInput>;

export const getMountOutput = mountView;

export class GetMountQuery extends Query<MountView> {
  constructor(
    readonly input: GetMountInput,
    readonly meta: CommandMeta,
  ) {
    super();
  }
}
