/**
 * Runs the fake Globus on its own, for trying custody's Globus adapter by hand:
 *   FAKE_GLOBUS_COLLECTIONS=<uuid>=/srv/a,<uuid>=/srv/b node -r ./tools/register.js tools/fake-globus/main.ts
 * then start custody with the printed CUSTODY_GLOBUS_* and tiers rooted at `globus://<uuid>/<path>`.
 */
import { randomUUID } from 'node:crypto';
import { startFakeGlobus } from './fake-globus';

async function main(): Promise<void> {
  const clientId = process.env.FAKE_GLOBUS_CLIENT_ID ?? randomUUID();
  const clientSecret = process.env.FAKE_GLOBUS_CLIENT_SECRET ?? randomUUID();
  const fake = await startFakeGlobus({ port: Number(process.env.FAKE_GLOBUS_PORT ?? 4020), clientId, clientSecret });
  for (const entry of (process.env.FAKE_GLOBUS_COLLECTIONS ?? '').split(',').filter(Boolean)) {
    const [uuid, folder] = entry.split('=');
    fake.collections.set(uuid.toLowerCase(), { folder });
    console.log(`collection ${uuid} → ${folder}`);
  }
  console.log(`fake Globus on ${fake.url}`);
  console.log(
    `CUSTODY_GLOBUS_CLIENT_ID=${clientId} CUSTODY_GLOBUS_CLIENT_SECRET=${clientSecret} ` +
      `CUSTODY_GLOBUS_AUTH_URL=${fake.authUrl} CUSTODY_GLOBUS_TRANSFER_URL=${fake.transferUrl}`,
  );
  const stop = () => void fake.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

void main();
