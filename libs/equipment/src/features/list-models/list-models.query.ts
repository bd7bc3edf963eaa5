import { Query } from '@nestjs/cqrs';
import { CommandMeta, pageQueryShape, pageOf } from '@custody/platform';
import { Page } from '@custody/kernel';
import { z } from 'zod';
import { ModelView } from '../../aggregates/model/model.state';
import { modelView } from '../../views/equipment.views';

export const listModelsInput = z.strictObject({
  familyId: z
    .guid()
    .transform((id) => id.toLowerCase())
    .optional()
    .describe('Only models of this family'),
  ...pageQueryShape,
});
export type ListModelsInput = z.output<typeof listModelsInput>;

export const listModelsOutput = pageOf(modelView);

export class ListModelsQuery extends Query<Page<ModelView>> {
  constructor(
    readonly input: ListModelsInput,
    readonly meta: CommandMeta,
  ) {
    super();
  }
}
