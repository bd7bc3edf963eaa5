import { Query } from '@nestjs/cqrs';
import { Page } from '@custody/kernel';
import { CommandMeta, pageQueryShape } from '@custody/platform';
import { z } from 'zod';
import { MATERIALIZATION_STATES } from '../../aggregates/materialization/materialization.events';
import { MaterializationView, materializationView } from '../../schemas/materialization-view.schema';

export const listMaterializationsInput = z.strictObject({
  datasetId: z.guid().optional().describe('Only the materializations of this dataset'),
  state: z.enum(MATERIALIZATION_STATES).optional().describe('Only materializations in this state'),
  ...pageQueryShape,
});
export type ListMaterializationsInput = z.output<typeof listMaterializationsInput>;

export const listMaterializationsOutput = z.object({
  items: z.array(materializationView),
  nextCursor: z.string().nullable(),
});

export class ListMaterializationsQuery extends Query<Page<MaterializationView>> {
  constructor(
    readonly input: ListMaterializationsInput,
    readonly meta: CommandMeta,
  ) {
    super();
  }
}
