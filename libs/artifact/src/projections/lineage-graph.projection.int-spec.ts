import { DomainEvent } from '@custody/kernel';
import { EventStore, PlatformMetrics, StoredEvent, createDataSource, runMigrations } from '@custody/platform';
import { TestDatabase, createTestDatabase } from '@custody/platform/testing';
import { DataSource } from 'typeorm';
import { lineageSlices } from '../slices/lineage.slices';
import { DATASET_STREAM_TYPE } from './lineage-graph.integration-events';
import { LineageGraphProjection } from './lineage-graph.projection';

const DATABASE_HOOK_TIMEOUT_MS = 60_000;
const persistence = { migrations: [...lineageSlices.migrations] };
const sha = 'ab'.repeat(32);
const ASSET = '0190a000-0000-7000-8000-0000000000a1';

const registered = (datasetId: string): DomainEvent => ({
  type: 'DatasetRegistered',
  data: {
    datasetId,
    title: `dataset ${datasetId.slice(-2)}`,
    checksum: { algorithm: 'sha256', value: sha.toUpperCase() },
    byteSize: 42,
    collectedBy: { assetId: ASSET, fixtureId: null },
    registeredAt: '2026-01-01T00:00:00.000Z',
  },
});

/**
 * A dataset's registration rides in the append's own statement (issue 10). What it writes must be exactly what
 * `apply` writes after the append: the same nodes and edges, in one database and the other.
 */
describe('LineageGraphProjection carried by the append statement', () => {
  const databases: TestDatabase[] = [];
  const dataSources: DataSource[] = [];

  async function open(): Promise<DataSource> {
    const db = await createTestDatabase([persistence]);
    databases.push(db);
    const dataSource = createDataSource(db.url, [persistence], 4);
    await dataSource.initialize();
    await runMigrations(dataSource);
    dataSources.push(dataSource);
    // An artifact with the dataset's checksum, deposited before: the registration links them by sameAs.
    await dataSource.query(
      `INSERT INTO lineage_nodes (node_id, kind, sha256, attrs) VALUES ('artifact:a1', 'artifact', $1, '{}')`,
      [sha],
    );
    return dataSource;
  }

  const graphOf = async (dataSource: DataSource) => ({
    nodes: await dataSource.query(`SELECT node_id, kind, sha256, attrs FROM lineage_nodes ORDER BY node_id`),
    edges: await dataSource.query(`SELECT down_id, up_id, kind FROM lineage_edges ORDER BY down_id, up_id, kind`),
  });

  afterAll(async () => {
    for (const d of dataSources) await d.destroy();
    for (const db of databases) await db.drop();
  }, DATABASE_HOOK_TIMEOUT_MS);

  it('writes the nodes and edges apply writes, in the one statement of the append', async () => {
    const [carried, applied] = [await open(), await open()];
    const ids = ['0190a000-0000-7000-8000-0000000000d1', '0190a000-0000-7000-8000-0000000000d2'];

    const store = new EventStore(carried, new PlatformMetrics());
    const projection = new LineageGraphProjection();
    store.useInlineProjections([projection]);
    const pool = (carried.driver as unknown as { master: { query: (...args: unknown[]) => unknown } }).master;
    const statements = jest.spyOn(pool, 'query');
    const transactions = jest.spyOn(carried, 'transaction');
    await store.append(
      ids.map((id) => ({
        streamType: DATASET_STREAM_TYPE,
        streamId: id,
        expectedVersion: 0,
        events: [registered(id)],
      })),
    );
    expect(statements).toHaveBeenCalledTimes(1);
    expect(transactions).not.toHaveBeenCalled();

    await applied.transaction(async (m) => {
      for (const id of ids) {
        const event = { ...registered(id), streamType: DATASET_STREAM_TYPE, streamId: id, version: 1 } as StoredEvent;
        await projection.apply(event, m);
      }
    });

    const graph = await graphOf(carried);
    expect(graph).toEqual(await graphOf(applied));
    expect(graph.edges).toEqual(
      expect.arrayContaining([
        { down_id: `dataset:${ids[0]}`, up_id: `asset:${ASSET}`, kind: 'collectedBy' },
        { down_id: 'artifact:a1', up_id: `dataset:${ids[1]}`, kind: 'sameAs' },
      ]),
    );
  });
});
