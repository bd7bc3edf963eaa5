import { Query } from '@nestjs/cqrs';
import { CommandMeta } from '@custody/platform';
import { z } from 'zod';
import { MaterializationView, materializationView } from '../../schemas/materialization-view.schema';

export const getMaterializationInput = z.strictObject({
  materializationId: z.guid().describe('The materialization to read'),
});
export type GetMaterializationInput = z.output<typeof getMaterializationInput>;

export const getMaterializationOutput = materializationView;

export class GetMaterializationQuery extends Query<MaterializationView> {
  constructor(
    readonly input: GetMaterializationInput,
    readonly meta: CommandMeta,
  ) {
    super();
  }
}
