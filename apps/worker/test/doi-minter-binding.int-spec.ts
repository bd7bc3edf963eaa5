import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { loadConfig } from '@custody/platform';
import { TestDatabase, createTestDatabase } from '@custody/platform/testing';
import { DOI_MINTER, DataCiteDoiMinter, MeteredDoiMinter, StubDoiMinter } from '@custody/ports';
import { contextPersistence } from '../src/contexts';
import { WorkerModule } from '../src/worker.module';

describe('worker composition root: DoiMinter binding', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase(contextPersistence);
  });
  afterAll(() => database.drop());

  const boot = async (env: Record<string, string>) => {
    const config = loadConfig({ CUSTODY_LOG_LEVEL: 'silent', ...env });
    const app = await NestFactory.createApplicationContext(WorkerModule.forRoot(config, database.url), {
      logger: false,
    });
    try {
      // The apps meter the adapter they bind; the adapter is what the configuration picked.
      const bound = app.get(DOI_MINTER);
      expect(bound).toBeInstanceOf(MeteredDoiMinter);
      return (bound as MeteredDoiMinter).inner;
    } finally {
      await app.close();
    }
  };

  it('binds the stub by default', async () => {
    expect(await boot({})).toBeInstanceOf(StubDoiMinter);
  });

  it('binds DataCite when CUSTODY_DATACITE_* are set', async () => {
    const minter = await boot({
      CUSTODY_DATACITE_URL: 'http://127.0.0.1:9',
      CUSTODY_DATACITE_REPOSITORY_ID: 'DEMO.CUSTODY',
      CUSTODY_DATACITE_PASSWORD: 'secret',
      CUSTODY_DATACITE_PREFIX: '10.80000',
    });
    expect(minter).toBeInstanceOf(DataCiteDoiMinter);
  });
});
