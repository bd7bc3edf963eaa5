import { Module } from '@nestjs/common';
import { Persistence } from '@custody/platform';
import { AssetSummary1764000001000 } from './migrations/1764000001000-asset-summary';
import { assetSlices } from './slices/assets.slices';
import { catalogueSlices } from './slices/catalogue.slices';
import { fixturesSlices } from './slices/fixtures.slices';
import { identifiersSlices } from './slices/identifiers.slices';
import { mountingSlices } from './slices/mounting.slices';

const groups = [catalogueSlices, assetSlices, mountingSlices, fixturesSlices, identifiersSlices];

/** Instruments: families, models, assets, frames and mounts, assemblies and fixtures, PIDINST and persistent ids. */
@Module({
  controllers: groups.flatMap((g) => g.controllers),
  providers: groups.flatMap((g) => g.providers),
})
export class EquipmentModule {
  static readonly persistence: Persistence = {
    migrations: [AssetSummary1764000001000, ...groups.flatMap((g) => g.migrations ?? [])],
  };
}
