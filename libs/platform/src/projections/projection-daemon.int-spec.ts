import { TestDatabase, createTestDatabase } from '@custody/platform/testing';
import { DynamicModule, INestApplicationContext, Injectable, Module } from '@nestjs/common';
import { DiscoveryModule, NestFactory } from '@nestjs/core';
import { DataSource, EntityManager } from 'typeorm';
import { CUSTODY_CONFIG, loadConfig } from '../config/config';
import { createDataSource } from '../database/data-source';
import { DATABASE_URL } from '../database/tokens';
import { EventStore, StoredEvent } from '../event-store/event-store';
import { PlatformMetrics } from '../observability/metrics';
import { Projection, ProjectionHandler } from './projection';
import { ProjectionDaemon } from './projection-daemon';
import { ProjectionRunner } from './projection-runner';

/** Creating (or waiting for) the template database can take a while on a busy machine. */
const DATABASE_HOOK_TIMEOUT_MS = 30_000;
/** Above waitFor's own 5 s deadlines, so a slow pick-up fails with waitFor's message. */
const TEST_TIMEOUT_MS = 15_000;

@Injectable()
@ProjectionHandler()
class SeenProjection implements Projection {
  readonly name = 'test_seen';
  readonly eventTypes = ['Seen'];

  async apply(event: StoredEvent, m: EntityManager): Promise<void> {
    await m.query(`INSERT INTO test_seen (stream_id) VALUES ($1) ON CONFLICT DO NOTHING`, [event.streamId]);
  }

  async reset(m: EntityManager): Promise<void> {
    await m.query(`DELETE FROM test_seen`);
  }
}

@Module({})
class DaemonTestModule {
  static with(dataSource: DataSource, databaseUrl: string): DynamicModule {
    return {
      module: DaemonTestModule,
      imports: [DiscoveryModule],
      providers: [
        { provide: DataSource, useValue: dataSource },
        // Polling every ten minutes: within a test only a notification can wake the daemon.
        {
          provide: CUSTODY_CONFIG,
          useValue: loadConfig({ CUSTODY_PROJECTION_POLL_MS: '600000', CUSTODY_LOG_LEVEL: 'silent' }),
        },
        { provide: DATABASE_URL, useValue: databaseUrl },
        PlatformMetrics,
        ProjectionRunner,
        ProjectionDaemon,
        SeenProjection,
      ],
    };
  }
}

/** Polls a condition until it holds or the deadline passes (a wait for a condition, not a fixed sleep). */
async function waitFor(condition: () => Promise<boolean>, what: string, timeoutMs = 5000): Promise<number> {
  const started = Date.now();
  for (;;) {
    if (await condition()) return Date.now() - started;
    if (Date.now() - started > timeoutMs) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

describe('ProjectionDaemon', () => {
  let db: TestDatabase;
  let dataSource: DataSource;
  let store: EventStore;
  let app: INestApplicationContext | undefined;

  const seen = async (streamId: string): Promise<boolean> =>
    (await dataSource.query(`SELECT 1 FROM test_seen WHERE stream_id = $1`, [streamId])).length > 0;

  /**
   * Waits (5 s at most) for the daemon to project a stream's event; the poll is ten minutes away, so only the
   * event's own notification (and the daemon's short retry when a transaction elsewhere in the cluster held the
   * event back) can do it.
   */
  const projected = (streamId: string): Promise<number> => waitFor(() => seen(streamId), `${streamId} to be projected`);
  const appendSeen = (streamId: string) =>
    store.append([{ streamType: 'test.seen', streamId, expectedVersion: 0, events: [{ type: 'Seen', data: {} }] }]);
  const listeners = async (): Promise<{ pid: number; listening: boolean }[]> =>
    dataSource.query(
      `SELECT pid, (state = 'idle' AND query ILIKE 'LISTEN %') AS listening FROM pg_stat_activity
        WHERE application_name = 'custody-projections' AND datname = current_database()`,
    );

  beforeAll(async () => {
    db = await createTestDatabase();
    dataSource = createDataSource(db.url, [], 5);
    await dataSource.initialize();
    await dataSource.query(`CREATE TABLE test_seen (stream_id text PRIMARY KEY)`);
    store = new EventStore(dataSource, new PlatformMetrics());

    // Committed before the daemon starts: its first catch-up on bootstrap takes it.
    await appendSeen('before-start');
    app = await NestFactory.createApplicationContext(DaemonTestModule.with(dataSource, db.url), { logger: false });
    await projected('before-start');
  }, DATABASE_HOOK_TIMEOUT_MS);

  afterAll(async () => {
    await app?.close();
    await dataSource?.destroy();
    await db?.drop();
  }, DATABASE_HOOK_TIMEOUT_MS);

  it('discovers the projection marked with @ProjectionHandler', () => {
    expect(app!.get(ProjectionRunner).names).toEqual(['test_seen']);
  });

  it(
    'applies each new event on its notification, long before the next poll',
    async () => {
      for (const streamId of ['notified-1', 'notified-2', 'notified-3']) {
        await appendSeen(streamId);
        await projected(streamId);
      }
      expect(await app!.get(ProjectionRunner).isBehind('test_seen')).toBe(false);
    },
    TEST_TIMEOUT_MS,
  );

  it(
    'listens again after losing its notification connection',
    async () => {
      const before = await listeners();
      expect(before).toEqual([{ pid: expect.any(Number), listening: true }]);
      const pid = before[0].pid;
      await dataSource.query(`SELECT pg_terminate_backend($1)`, [pid]);
      // pg_stat_activity shows a session's last statement: the new connection is ready once it ran its LISTEN.
      await waitFor(
        async () => (await listeners()).some((l) => l.pid !== pid && l.listening),
        'a new listening connection',
      );
      await appendSeen('after-reconnect');
      await projected('after-reconnect');
    },
    TEST_TIMEOUT_MS,
  );
});
