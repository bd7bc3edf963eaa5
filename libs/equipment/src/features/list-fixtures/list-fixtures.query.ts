import { Query } from '@nestjs/cqrs';
import { Page } from '@custody/kernel';
import { CommandMeta, pageQueryShape, pageOf } from '@custody/platform';
import { z } from 'zod';
import { FixtureView } from '../../aggregates/fixture/fixture.state';
import { fixtureView } from '../../views/equipment.views';

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

export const listFixturesOutput = pageOf(fixtureView);

export class ListFixturesQuery extends Query<Page<FixtureView>> {
  constructor(
    readonly input: ListFixturesInput,
    readonly meta: CommandMeta,
  ) {
    super();
  }
}
