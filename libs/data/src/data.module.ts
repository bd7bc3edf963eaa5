import { Module } from '@nestjs/common';
import { Persistence } from '@custody/platform';

/** The data context; its slices arrive with their issues. */
@Module({})
export class DataModule {
  static readonly persistence: Persistence = {};
}
