import { Query } from '@nestjs/cqrs';
import { Page } from '@custody/kernel';
import { CommandMeta, pageQueryShape } from '@custody/platform';
import { z } from 'zod';
import { FixtureView } from '../../aggregates/fixture/fixture.state';

export const listFixturesInput = z.strictObject({
  assemblyId: z
    .guid()
    .transform((id) => id.toLowerCase())
    .optional()
    .describe('Only fixtures of this assembly'),
  assetId: z
    .guid()
    .transform((id) => id.toLowerCase())
    .optional()
    .describe('Only fixtures that bind this asset in one of their slots'),
  ...pageQueryShape,
});
export type ListFixturesInput = z.output<typeof listFixturesInput>;

export class ListFixturesQuery extends Query<Page<FixtureView>> {
  constructor(
    readonly input: ListFixturesInput,
    readonly meta: CommandMeta,
  ) {
    super();
  }
}
