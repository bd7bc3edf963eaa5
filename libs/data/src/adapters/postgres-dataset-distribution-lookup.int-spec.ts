import 'reflect-metadata';
import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { INestApplicationContext } from '@nestjs/common';
import { DomainEvent } from '@custody/kernel';
import { EventStore, PlatformCoreModule, loadConfig } from '@custody/platform';
import { TestDatabase, createTestDatabase } from '@custody/platform/testing';
import { LookupWorld, describeDatasetDistributionLookup } from '@custody/ports';
import { DATASET_STREAM } from '../aggregates/dataset/dataset.events';
import { DISTRIBUTION_STREAM, DistributionEvent } from '../aggregates/distribution/distribution.events';
import { TIER_STREAM } from '../aggregates/tier/tier.events';
import { DataModule } from '../data.module';
import { PostgresDatasetDistributionLookup } from './postgres-dataset-distribution-lookup';

const DATABASE_HOOK_TIMEOUT_MS = 60_000;
const at = '2026-01-01T00:00:00.000Z';
const checksum = { algorithm: 'sha256' as const, value: 'a'.repeat(64) };

@Module({ providers: [PostgresDatasetDistributionLookup] })
class LookupUnderTest {}

/**
 * The PostgreSQL adapter against the shared spec, on a real database: the world is written as the data
 * context's own events, and the adapter reads the projections those events feed (which it brings up to date).
 */
describe('PostgresDatasetDistributionLookup', () => {
  let db: TestDatabase;
  let app: INestApplicationContext;
  let store: EventStore;
  let lookup: PostgresDatasetDistributionLookup;
  const versions = new Map<string, number>();

  beforeAll(async () => {
    db = await createTestDatabase([DataModule.persistence]);
    const config = loadConfig({ CUSTODY_LOG_LEVEL: 'silent', CUSTODY_DATA_DIR: '/tmp/custody-lookup-int-spec' });
    app = await NestFactory.createApplicationContext(
      {
        module: LookupUnderTest,
        imports: [
          PlatformCoreModule.forRoot({
            config,
            databaseUrl: db.url,
            persistence: [DataModule.persistence],
            processName: 'test',
          }),
          DataModule,
        ],
      },
      { logger: false },
    );
    store = app.get(EventStore);
    lookup = app.get(PostgresDatasetDistributionLookup);
  }, DATABASE_HOOK_TIMEOUT_MS);

  afterAll(async () => {
    await app?.close();
    await db?.drop();
  }, DATABASE_HOOK_TIMEOUT_MS);

  async function append(streamType: string, streamId: string, events: DomainEvent[]): Promise<void> {
    const expectedVersion = versions.get(streamId) ?? 0;
    await store.append([{ streamType, streamId, expectedVersion, events }]);
    versions.set(streamId, expectedVersion + events.length);
  }

  const attested = (distributionId: string, outcome: 'Match' | 'Mismatch'): DistributionEvent => ({
    type: 'DistributionAttested',
    data: {
      distributionId,
      attestationId: distributionId,
      outcome,
      observed: { ...checksum, byteSize: outcome === 'Match' ? 1 : 2 },
      source: 'reported',
      detail: null,
      at,
    },
  });

  async function setStatus(distributionId: string, status: string, datasetId: string): Promise<void> {
    if (status === 'Verified') await append(DISTRIBUTION_STREAM, distributionId, [attested(distributionId, 'Match')]);
    if (status === 'Stale') await append(DISTRIBUTION_STREAM, distributionId, [attested(distributionId, 'Mismatch')]);
    if (status === 'Discarded') {
      await append(DISTRIBUTION_STREAM, distributionId, [
        { type: 'DistributionDiscarded', data: { distributionId, at } },
      ]);
      await append(DATASET_STREAM, datasetId, [
        { type: 'DatasetDistributionRemoved', data: { datasetId, distributionId, at } },
      ]);
    }
  }

  async function seed(world: LookupWorld): Promise<void> {
    for (const tier of world.tiers) {
      await append(TIER_STREAM, tier.tierId, [
        {
          type: 'TierRegistered',
          data: {
            tierId: tier.tierId,
            name: `tier-${tier.tierId.slice(-4)}`,
            accessProtocol: 'file',
            rootUri: 'file:///data',
            reachable: tier.reachable,
            registeredAt: at,
          },
        },
      ]);
    }
    for (const { datasetId } of world.datasets) {
      await append(DATASET_STREAM, datasetId, [
        {
          type: 'DatasetRegistered',
          data: { datasetId, title: 'x', checksum, byteSize: 1, intent: null, collectedBy: null, registeredAt: at },
        },
      ]);
    }
    for (const d of world.distributions) {
      await append(DATASET_STREAM, d.datasetId, [
        {
          type: 'DatasetDistributionAdded',
          data: { datasetId: d.datasetId, distributionId: d.distributionId, tierId: d.tierId, uri: d.uri, at },
        },
      ]);
      await append(DISTRIBUTION_STREAM, d.distributionId, [
        {
          type: 'DistributionRegistered',
          data: { ...d, checksum, byteSize: 1, registeredAt: at },
        },
      ]);
      await setStatus(d.distributionId, d.status, d.datasetId);
    }
  }

  describeDatasetDistributionLookup('the PostgreSQL read-model adapter', async (world) => {
    await seed(world);
    const datasetOf = new Map(world.distributions.map((d) => [d.distributionId, d.datasetId]));
    return {
      lookup,
      setTierReachable: (tierId, reachable) =>
        append(TIER_STREAM, tierId, [{ type: 'TierReachabilityChanged', data: { tierId, reachable, at } }]),
      setStatus: (distributionId, status) => setStatus(distributionId, status, datasetOf.get(distributionId)!),
    };
  });

  it('ignores ids that are not UUIDs instead of failing the query', async () => {
    const found = await lookup.findByDatasets(['not-a-uuid']);
    expect(found.get('not-a-uuid')).toEqual([]);
  });
});
