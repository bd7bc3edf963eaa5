import { Query } from '@nestjs/cqrs';
import { CommandMeta } from '@custody/platform';
import { z } from 'zod';
import { ModelView } from '../../aggregates/model/model.state';
import { modelView } from '../../views/equipment.views';

export const getModelInput = z.strictObject({
  modelId: z
    .guid()
    .transform((id) => id.toLowerCase())
    .describe('The model to read'),
});
export type GetModelInput = z.output<typeof getModelInput>;

export const getModelOutput = modelView;

export class GetModelQuery extends Query<ModelView> {
  constructor(
    readonly input: GetModelInput,
    readonly meta: CommandMeta,
  ) {
    super();
  }
}
