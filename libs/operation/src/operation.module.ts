import { Module } from '@nestjs/common';
import { Persistence } from '@custody/platform';
import { materializationSlices } from './materializations.slices';

/** The operation context; its slices arrive with their issues. */
@Module({
  controllers: [...materializationSlices.controllers],
  providers: [...materializationSlices.providers],
  exports: [...materializationSlices.providers],
})
export class OperationModule {
  static readonly persistence: Persistence = {
    migrations: [...materializationSlices.migrations],
  };
}
