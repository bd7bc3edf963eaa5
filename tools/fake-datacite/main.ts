/**
 * Runs the fake DataCite on its own, for trying custody's DataCite adapter by hand:
 *   node -r ./tools/register.js tools/fake-datacite/main.ts
 * then start custody with CUSTODY_DATACITE_URL=<printed url> and the printed repository, password and prefix.
 * Switches: curl -X POST <url>/__fake/fail-next -d '{"status":500}' · /__fake/hang-next · GET <url>/__fake/dois
 */
import { startFakeDataCite } from './fake-datacite';

async function main(): Promise<void> {
  const settings = {
    port: Number(process.env.FAKE_DATACITE_PORT ?? 4010),
    repositoryId: process.env.FAKE_DATACITE_REPOSITORY_ID ?? 'DEMO.CUSTODY',
    password: process.env.FAKE_DATACITE_PASSWORD ?? 'fake-datacite-password',
    prefix: process.env.FAKE_DATACITE_PREFIX ?? '10.80000',
  };
  const fake = await startFakeDataCite(settings);
  console.log(`fake DataCite on ${fake.url}`);
  console.log(
    `CUSTODY_DATACITE_URL=${fake.url} CUSTODY_DATACITE_REPOSITORY_ID=${settings.repositoryId} ` +
      `CUSTODY_DATACITE_PASSWORD=${settings.password} CUSTODY_DATACITE_PREFIX=${settings.prefix}`,
  );
  const stop = () => void fake.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

void main();
