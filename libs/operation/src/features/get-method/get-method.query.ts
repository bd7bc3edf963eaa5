import { Query } from '@nestjs/cqrs';
import { CommandMeta } from '@custody/platform';
import { z } from 'zod';
import { MethodView } from '../../aggregates/method/method.state';
import { methodView } from '../../schemas/views.schema';

export const getMethodInput = z.strictObject({ methodId: z.guid().describe('The method to read') });
export type GetMethodInput = z.output<typeof getMethodInput>;

export const getMethodOutput = methodView;

export class GetMethodQuery extends Query<MethodView> {
  constructor(
    readonly input: GetMethodInput,
    readonly meta: CommandMeta,
  ) {
    super();
  }
}
