import { Query } from '@nestjs/cqrs';
import { CommandMeta } from '@custody/platform';
import { z } from 'zod';
import { ModelView } from '../../aggregates/model/model.state';

export const getModelInput = z.strictObject({
  modelId: z
    .guid()
    .transform((id) => id.toLowerCase())
    .describe('The model to read'),
});
export type GetModelInput = z.output<typeof getModelInput>;

export class GetModelQuery extends Query<ModelView> {
  constructor(
    readonly input: GetModelInput,
    readonly meta: CommandMeta,
  ) {
    super();
  }
}
