import { Module } from '@nestjs/common';
import { Persistence } from '@custody/platform';
import { runSlices } from './slices/run.slices';

/** Each issue's slices in its own group, so additions merge without touching each other's lines. */
const groups = [runSlices];

/**
 * The operation context: methods and runs (the start gate asks the DatasetDistributionLookup port the apps bind);
 * materializations and the TransferPort arrive with their own group.
 */
@Module({
  controllers: groups.flatMap((g) => g.controllers),
  providers: groups.flatMap((g) => g.providers),
})
export class OperationModule {
  static readonly persistence: Persistence = {
    migrations: groups.flatMap((g) => g.migrations ?? []),
  };
}
