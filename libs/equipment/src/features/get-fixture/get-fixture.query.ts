import { Query } from '@nestjs/cqrs';
import { CommandMeta } from '@custody/platform';
import { z } from 'zod';
import { FixtureView } from '../../aggregates/fixture/fixture.state';
import { fixtureView } from '../../views/equipment.views';

export const getFixtureInput = z.strictObject({
  fixtureId: z
    .guid()
    .transform((id) => id.toLowerCase())
    .describe('The fixture to read'),
});
export type GetFixtureInput = z.output<typeof getFixtureInput>;

export const getFixtureOutput = fixtureView;

export class GetFixtureQuery extends Query<FixtureView> {
  constructor(
    readonly input: GetFixtureInput,
    readonly meta: CommandMeta,
  ) {
    super();
  }
}
