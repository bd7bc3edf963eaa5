import * as path from 'node:path';
import { ConfigError, loadConfig } from './config';

describe('configuration', () => {
  it('has embedded defaults', () => {
    const config = loadConfig({}, '/srv/custody');
    expect(config).toMatchObject({
      port: 3000,
      dataDir: path.join('/srv/custody', '.custody'),
      databaseUrl: undefined,
      adminToken: undefined,
      publicUrl: 'http://localhost:3000',
      maxArtifactBytes: 1024 ** 3,
    });
  });

  it('reads every variable it documents', () => {
    const config = loadConfig(
      {
        PORT: '8080',
        CUSTODY_DATA_DIR: '/var/lib/custody',
        DATABASE_URL: 'postgres://u:p@db:5432/custody',
        CUSTODY_ADMIN_TOKEN: 'a-long-enough-admin-token',
        CUSTODY_PUBLIC_URL: 'https://custody.example.org/',
        CUSTODY_MAX_ARTIFACT_BYTES: '1024',
      },
      '/',
    );
    expect(config).toMatchObject({
      port: 8080,
      dataDir: '/var/lib/custody',
      databaseUrl: 'postgres://u:p@db:5432/custody',
      adminToken: 'a-long-enough-admin-token',
      publicUrl: 'https://custody.example.org',
      maxArtifactBytes: 1024,
    });
  });

  it('fails fast naming every wrong value', () => {
    let error: unknown;
    try {
      loadConfig({
        PORT: 'eighty',
        DATABASE_URL: 'mysql://x',
        CUSTODY_MAX_ARTIFACT_BYTES: '-1',
        CUSTODY_ADMIN_TOKEN: 'short',
      });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const message = (error as ConfigError).message;
    for (const name of ['PORT', 'DATABASE_URL', 'CUSTODY_MAX_ARTIFACT_BYTES', 'CUSTODY_ADMIN_TOKEN'])
      expect(message).toContain(name);
    expect((error as ConfigError).problems).toHaveLength(4);
  });
});
