import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { PostgresDatasetDistributionLookup } from '@custody/data';
import { loadConfig } from '@custody/platform';
import { TestDatabase, createTestDatabase } from '@custody/platform/testing';
import { DATASET_DISTRIBUTION_LOOKUP, DatasetDistributionLookup } from '@custody/ports';
import { contextPersistence } from '../src/contexts';
import { WorkerModule } from '../src/worker.module';

describe('worker composition root: DatasetDistributionLookup binding', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase(contextPersistence);
  });
  afterAll(() => database.drop());

  it('binds the data context’s PostgreSQL adapter to the port, and it answers', async () => {
    const config = loadConfig({ CUSTODY_LOG_LEVEL: 'silent' });
    const app = await NestFactory.createApplicationContext(WorkerModule.forRoot(config, database.url), {
      logger: false,
    });
    try {
      const lookup = app.get<DatasetDistributionLookup>(DATASET_DISTRIBUTION_LOOKUP);
      expect(lookup).toBeInstanceOf(PostgresDatasetDistributionLookup);
      const unknown = '0190a000-0000-7000-8000-00000000dead';
      expect(await lookup.findByDatasets([unknown])).toEqual(new Map([[unknown, []]]));
    } finally {
      await app.close();
    }
  });
});
