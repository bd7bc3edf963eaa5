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

  it('mints with the stub under the default prefixes unless DataCite is configured', () => {
    const config = loadConfig({}, '/');
    expect(config.persistentIdPrefixes).toEqual({ DOI: '10.5072', Handle: '20.500.12345' });
    expect(config.datacite).toBeUndefined();
    const custom = loadConfig({ CUSTODY_DOI_PREFIX: '10.12345', CUSTODY_HANDLE_PREFIX: '21.T11148' }, '/');
    expect(custom.persistentIdPrefixes).toEqual({ DOI: '10.12345', Handle: '21.T11148' });
  });

  it('reads the DataCite account, whose prefix becomes the DOI prefix', () => {
    const config = loadConfig(
      {
        CUSTODY_DATACITE_URL: 'https://api.test.datacite.org/',
        CUSTODY_DATACITE_REPOSITORY_ID: 'DEMO.CUSTODY',
        CUSTODY_DATACITE_PASSWORD: 'secret',
        CUSTODY_DATACITE_PREFIX: '10.80000',
      },
      '/',
    );
    expect(config.datacite).toEqual({
      url: 'https://api.test.datacite.org',
      repositoryId: 'DEMO.CUSTODY',
      password: 'secret',
      prefix: '10.80000',
      timeoutMs: 10000,
    });
    expect(config.persistentIdPrefixes.DOI).toBe('10.80000');
    expect(
      loadConfig(
        {
          CUSTODY_DATACITE_URL: 'http://127.0.0.1:4010',
          CUSTODY_DATACITE_REPOSITORY_ID: 'R',
          CUSTODY_DATACITE_PASSWORD: 'p',
          CUSTODY_DATACITE_PREFIX: '10.80000',
          CUSTODY_DOI_PREFIX: '10.80000',
          CUSTODY_DATACITE_TIMEOUT_MS: '250',
        },
        '/',
      ).datacite?.timeoutMs,
    ).toBe(250);
  });

  it('fails fast when DataCite is half configured', () => {
    const failure = (env: Record<string, string>) => {
      try {
        loadConfig(env, '/');
      } catch (e) {
        expect(e).toBeInstanceOf(ConfigError);
        return (e as ConfigError).problems;
      }
      throw new Error('expected a ConfigError');
    };
    expect(failure({ CUSTODY_DATACITE_URL: 'https://api.test.datacite.org' })).toEqual([
      'CUSTODY_DATACITE_REPOSITORY_ID: required when CUSTODY_DATACITE_URL is set',
      'CUSTODY_DATACITE_PASSWORD: required when CUSTODY_DATACITE_URL is set',
      'CUSTODY_DATACITE_PREFIX: required when CUSTODY_DATACITE_URL is set',
    ]);
    expect(failure({ CUSTODY_DATACITE_PASSWORD: 'p' })).toEqual([
      'CUSTODY_DATACITE_PASSWORD: is set but CUSTODY_DATACITE_URL is not (DataCite needs all four)',
    ]);
    const mismatch = failure({
      CUSTODY_DATACITE_URL: 'https://api.test.datacite.org',
      CUSTODY_DATACITE_REPOSITORY_ID: 'R',
      CUSTODY_DATACITE_PASSWORD: 'p',
      CUSTODY_DATACITE_PREFIX: '10.80000',
      CUSTODY_DOI_PREFIX: '10.5072',
    });
    expect(mismatch).toHaveLength(1);
    expect(mismatch[0]).toContain('CUSTODY_DOI_PREFIX');
    const wrong = failure({
      CUSTODY_DOI_PREFIX: '11.5072',
      CUSTODY_HANDLE_PREFIX: '20.500/x',
      CUSTODY_DATACITE_URL: 'ftp://datacite',
      CUSTODY_DATACITE_TIMEOUT_MS: '0',
    });
    for (const name of [
      'CUSTODY_DOI_PREFIX',
      'CUSTODY_HANDLE_PREFIX',
      'CUSTODY_DATACITE_URL',
      'CUSTODY_DATACITE_TIMEOUT_MS',
    ])
      expect(wrong.join('\n')).toContain(name);
  });

  it('stores artifacts in files unless the S3 group is set, which it reads whole', () => {
    expect(loadConfig({}, '/').s3).toBeUndefined();
    const s3 = {
      CUSTODY_S3_BUCKET: 'custody-artifacts',
      CUSTODY_S3_REGION: 'eu-central-1',
      CUSTODY_S3_ACCESS_KEY_ID: 'AKIDEXAMPLE',
      CUSTODY_S3_SECRET_ACCESS_KEY: 'secret',
    };
    expect(loadConfig(s3, '/').s3).toEqual({
      endpoint: undefined,
      bucket: 'custody-artifacts',
      region: 'eu-central-1',
      accessKeyId: 'AKIDEXAMPLE',
      secretAccessKey: 'secret',
      forcePathStyle: false,
    });
    expect(
      loadConfig({ ...s3, CUSTODY_S3_ENDPOINT: 'http://127.0.0.1:9000/', CUSTODY_S3_FORCE_PATH_STYLE: 'true' }, '/').s3,
    ).toMatchObject({ endpoint: 'http://127.0.0.1:9000', forcePathStyle: true });
  });

  it('fails fast when the S3 group is half set or wrong', () => {
    const problems = (env: Record<string, string>) => {
      try {
        loadConfig(env, '/');
      } catch (e) {
        expect(e).toBeInstanceOf(ConfigError);
        return (e as ConfigError).problems;
      }
      throw new Error('expected a ConfigError');
    };
    expect(problems({ CUSTODY_S3_ENDPOINT: 'http://127.0.0.1:9000', CUSTODY_S3_BUCKET: 'b-1' })).toEqual([
      'CUSTODY_S3_REGION: required when CUSTODY_S3_BUCKET, CUSTODY_S3_ENDPOINT is set (S3 needs all four)',
      'CUSTODY_S3_ACCESS_KEY_ID: required when CUSTODY_S3_BUCKET, CUSTODY_S3_ENDPOINT is set (S3 needs all four)',
      'CUSTODY_S3_SECRET_ACCESS_KEY: required when CUSTODY_S3_BUCKET, CUSTODY_S3_ENDPOINT is set (S3 needs all four)',
    ]);
    const wrong = problems({
      CUSTODY_S3_ENDPOINT: 'ftp://s3',
      CUSTODY_S3_BUCKET: 'No_Such/Bucket',
      CUSTODY_S3_FORCE_PATH_STYLE: 'yes',
    });
    for (const name of ['CUSTODY_S3_ENDPOINT', 'CUSTODY_S3_BUCKET', 'CUSTODY_S3_FORCE_PATH_STYLE'])
      expect(wrong.join('\n')).toContain(name);
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
  describe('transfers (Globus client credentials, the FDT client)', () => {
    const id = '0b1f5a9e-3c1d-4c6e-9d7a-2f4b8e6a1c3d';

    it('has no Globus without client credentials, and the FDT client by its usual command', () => {
      const config = loadConfig({}, '/');
      expect(config.globus).toBeUndefined();
      expect(config.fdt).toEqual({ command: ['java', '-jar', 'fdt.jar'], servers: {}, streams: 4 });
    });

    it('reads the Globus client, defaulting to the Globus services', () => {
      expect(loadConfig({ CUSTODY_GLOBUS_CLIENT_ID: id, CUSTODY_GLOBUS_CLIENT_SECRET: 's3cret' }, '/').globus).toEqual({
        clientId: id,
        clientSecret: 's3cret',
        authUrl: 'https://auth.globus.org',
        transferUrl: 'https://transfer.api.globus.org/v0.10',
      });
      const local = loadConfig(
        {
          CUSTODY_GLOBUS_CLIENT_ID: id,
          CUSTODY_GLOBUS_CLIENT_SECRET: 's3cret',
          CUSTODY_GLOBUS_AUTH_URL: 'http://127.0.0.1:4020/',
          CUSTODY_GLOBUS_TRANSFER_URL: 'http://127.0.0.1:4020/v0.10/',
        },
        '/',
      );
      expect(local.globus).toMatchObject({
        authUrl: 'http://127.0.0.1:4020',
        transferUrl: 'http://127.0.0.1:4020/v0.10',
      });
    });

    it('fails fast on half a Globus client or a wrong value', () => {
      const problemsOf = (env: Record<string, string>) => {
        try {
          loadConfig(env, '/');
        } catch (error) {
          return (error as ConfigError).problems.join('\n');
        }
        return '';
      };
      expect(problemsOf({ CUSTODY_GLOBUS_CLIENT_ID: id })).toContain('CUSTODY_GLOBUS_CLIENT_SECRET');
      expect(problemsOf({ CUSTODY_GLOBUS_CLIENT_SECRET: 'x' })).toContain('CUSTODY_GLOBUS_CLIENT_ID');
      expect(problemsOf({ CUSTODY_GLOBUS_CLIENT_ID: 'not-a-uuid', CUSTODY_GLOBUS_CLIENT_SECRET: 'x' })).toContain(
        'CUSTODY_GLOBUS_CLIENT_ID',
      );
      expect(problemsOf({ CUSTODY_GLOBUS_TRANSFER_URL: 'https://transfer.example' })).toContain('CUSTODY_GLOBUS');
      expect(problemsOf({ CUSTODY_FDT_SERVERS: 'tier-without-host' })).toContain('CUSTODY_FDT_SERVERS');
      expect(problemsOf({ CUSTODY_FDT_STREAMS: '0' })).toContain('CUSTODY_FDT_STREAMS');
    });

    it('reads the FDT command and the server of each target tier', () => {
      const config = loadConfig(
        {
          CUSTODY_FDT_COMMAND: '/opt/jdk/bin/java -Xmx2g -jar /opt/fdt/fdt.jar',
          CUSTODY_FDT_SERVERS: 'tier-a=fdt.cluster.example:54321,tier-b=10.0.0.7',
          CUSTODY_FDT_STREAMS: '8',
        },
        '/',
      );
      expect(config.fdt).toEqual({
        command: ['/opt/jdk/bin/java', '-Xmx2g', '-jar', '/opt/fdt/fdt.jar'],
        servers: {
          'tier-a': { host: 'fdt.cluster.example', port: 54321 },
          'tier-b': { host: '10.0.0.7', port: undefined },
        },
        streams: 8,
      });
    });
  });

  it('reads the materialization job settings: the worker tiers as a list, the rest as numbers with defaults', () => {
    expect(loadConfig({}, '/').transferJobs).toEqual({
      workerTiers: undefined,
      leaseSeconds: 60,
      retryLimit: 10,
      retryDelaySeconds: 2,
      observeMaxIntervalMs: 5000,
      maintenanceSeconds: 30,
      pollSeconds: 2,
      concurrency: 4,
    });
    const custom = loadConfig(
      { CUSTODY_WORKER_TIERS: ' detector, 0190a000-0000-7000-8000-0000000000d2 ', CUSTODY_TRANSFER_LEASE_SECONDS: '5' },
      '/',
    ).transferJobs;
    expect(custom.workerTiers).toEqual(['detector', '0190a000-0000-7000-8000-0000000000d2']);
    expect(custom.leaseSeconds).toBe(5);
    expect(() => loadConfig({ CUSTODY_WORKER_TIERS: 'a,,b' }, '/')).toThrow(ConfigError);
    expect(() => loadConfig({ CUSTODY_TRANSFER_LEASE_SECONDS: '1' }, '/')).toThrow(/CUSTODY_TRANSFER_LEASE_SECONDS/);
  });
});
