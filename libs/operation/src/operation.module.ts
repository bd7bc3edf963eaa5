import { Module } from '@nestjs/common';
import { Persistence } from '@custody/platform';

/** The operation context; its slices arrive with their issues. */
@Module({})
export class OperationModule {
  static readonly persistence: Persistence = {};
}
