import { DomainEvent } from '@custody/kernel';
import { evolveAssembly } from '../aggregates/assembly/assembly.evolve';
import { initialAssemblyState } from '../aggregates/assembly/assembly.state';
import { evolveAsset } from '../aggregates/asset/asset.evolve';
import { RegisteredAsset, initialAssetState } from '../aggregates/asset/asset.state';
import { evolveFamily } from '../aggregates/family/family.evolve';
import { initialFamilyState } from '../aggregates/family/family.state';
import { evolveFixture } from '../aggregates/fixture/fixture.evolve';
import { RegisteredFixture, initialFixtureState } from '../aggregates/fixture/fixture.state';
import { Manufacturer } from '../aggregates/model/model.events';
import { evolveModel } from '../aggregates/model/model.evolve';
import { initialModelState } from '../aggregates/model/model.state';
import { PersistentIdentifier } from '../aggregates/persistent-id/persistent-id';

/** Reads and folds one stream: the AggregateRepository (queries) or a unit of work (commands) behind it. */
export type StreamReader = <TState, TEvent extends DomainEvent>(
  aggregate: { readonly evolve: (state: TState, event: TEvent) => TState; readonly initialState: TState },
  streamId: string,
) => Promise<{ state: TState }>;

/** What an asset's PIDINST record is made of. */
export interface AssetPidinstFacts {
  readonly asset: RegisteredAsset;
  /** The family's name (the record's instrument type), null if the family cannot be read. */
  readonly familyName: string | null;
  readonly model: { readonly name: string; readonly manufacturer: Manufacturer } | null;
  /** The identifier of the fixture the asset is attached to, when that fixture has one (IsComponentOf). */
  readonly fixturePersistentId: PersistentIdentifier | null;
}

/** What a fixture's PIDINST record is made of: its assembly's name and its bound assets, in binding order. */
export interface FixturePidinstFacts {
  readonly fixture: RegisteredFixture;
  readonly assemblyName: string | null;
  readonly boundAssets: readonly AssetPidinstFacts[];
}

async function assetFacts(
  read: StreamReader,
  asset: RegisteredAsset,
  withFixture: boolean,
): Promise<AssetPidinstFacts> {
  const family = (await read({ evolve: evolveFamily, initialState: initialFamilyState }, asset.familyId)).state;
  const model = asset.modelId
    ? (await read({ evolve: evolveModel, initialState: initialModelState }, asset.modelId)).state
    : initialModelState;
  let fixturePersistentId: PersistentIdentifier | null = null;
  if (withFixture && asset.fixtureId) {
    const fixture = (await read({ evolve: evolveFixture, initialState: initialFixtureState }, asset.fixtureId)).state;
    fixturePersistentId = fixture.exists ? fixture.persistentId : null;
  }
  return {
    asset,
    familyName: family.exists ? family.name : null,
    model: model.exists ? { name: model.name, manufacturer: model.manufacturer } : null,
    fixturePersistentId,
  };
}

/** The facts of an asset's record, or null when the asset does not exist. */
export async function loadAssetPidinstFacts(read: StreamReader, assetId: string): Promise<AssetPidinstFacts | null> {
  const asset = (await read({ evolve: evolveAsset, initialState: initialAssetState }, assetId)).state;
  return asset.exists ? assetFacts(read, asset, true) : null;
}

/** The facts of a fixture's record, or null when the fixture does not exist. */
export async function loadFixturePidinstFacts(
  read: StreamReader,
  fixtureId: string,
): Promise<FixturePidinstFacts | null> {
  const fixture = (await read({ evolve: evolveFixture, initialState: initialFixtureState }, fixtureId)).state;
  if (!fixture.exists) return null;
  const assembly = (await read({ evolve: evolveAssembly, initialState: initialAssemblyState }, fixture.assemblyId))
    .state;
  const boundAssets: AssetPidinstFacts[] = [];
  const seen = new Set<string>();
  for (const binding of fixture.slotAssetBindings) {
    if (seen.has(binding.assetId)) continue;
    seen.add(binding.assetId);
    const asset = (await read({ evolve: evolveAsset, initialState: initialAssetState }, binding.assetId)).state;
    if (asset.exists) boundAssets.push(await assetFacts(read, asset, false));
  }
  return { fixture, assemblyName: assembly.exists ? assembly.name : null, boundAssets };
}
