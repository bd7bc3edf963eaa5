import { Module } from '@nestjs/common';
import { Persistence } from '@custody/platform';

/** The artifact context; its slices arrive with their issues. */
@Module({})
export class ArtifactModule {
  static readonly persistence: Persistence = {};
}
