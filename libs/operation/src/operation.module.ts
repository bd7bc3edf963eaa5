import { Module } from '@nestjs/common';
import { Persistence } from '@custody/platform';
import { materializationSlices } from './slices/materialization.slices';
import { runSlices } from './slices/run.slices';

/** Each issue's slices in its own group, so additions merge without touching each other's lines. */
const groups = [runSlices, materializationSlices];

/**
 * The operation context: methods and runs (the start gate asks the DatasetDistributionLookup port the apps bind),
 * and materializations (their queue and stores are exported for the worker's job module).
 */
@Module({
  controllers: groups.flatMap((g) => g.controllers),
  providers: groups.flatMap((g) => g.providers),
  exports: [...materializationSlices.providers],
})
export class OperationModule {
  static readonly persistence: Persistence = {
    migrations: groups.flatMap((g) => g.migrations ?? []),
  };
}
