import { createTestDatabase } from '@custody/platform/testing';
import { contextPersistence } from '../../apps/api/src/contexts';
import { runMaterializeChaos } from './materialize';

jest.setTimeout(300_000);

describe('chaos: materializations survive kill -9 of the worker', () => {
  it('5 materializations, the worker killed 3 times at random moments: all Verified exactly once', async () => {
    const database = await createTestDatabase(contextPersistence);
    try {
      const report = await runMaterializeChaos({
        databaseUrl: database.url,
        count: 5,
        kills: 3,
        maxBytes: 8 * 1024 * 1024,
      });
      expect(report).toMatchObject({ materializations: 5, kills: 3, workerStarts: 4 });
      expect(report.killsMidWork).toBeGreaterThanOrEqual(1);
    } finally {
      await database.drop();
    }
  });
});
