import { Query } from '@nestjs/cqrs';
import { Page } from '@custody/kernel';
import { CommandMeta, pageQueryShape } from '@custody/platform';
import { z } from 'zod';
import { MethodView } from '../../aggregates/method/method.state';
import { methodView, pageOf } from '../../schemas/views.schema';

export const listMethodsInput = z.strictObject({ ...pageQueryShape });
export type ListMethodsInput = z.output<typeof listMethodsInput>;

export const listMethodsOutput = pageOf(methodView);

export class ListMethodsQuery extends Query<Page<MethodView>> {
  constructor(
    readonly input: ListMethodsInput,
    readonly meta: CommandMeta,
  ) {
    super();
  }
}
