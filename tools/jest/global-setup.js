// One PostgreSQL for the whole test run: DATABASE_URL when given, else a real embedded server in a temp dir.
// Test files create their own databases from a migrated template (libs/platform/src/testing/test-database.ts).
const fs = require('node:fs');
const net = require('node:net');
const os = require('node:os');
const path = require('node:path');

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

module.exports = async () => {
  if (process.env.DATABASE_URL) {
    process.env.CUSTODY_TEST_PG_URL = process.env.DATABASE_URL;
    return;
  }
  require('../register.js');
  const { startEmbeddedPostgres } = require('../../libs/platform/src/database/embedded-postgres.ts');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'custody-test-pg-'));
  fs.chmodSync(dir, 0o755);
  const chatter = [];
  const handle = await startEmbeddedPostgres({
    databaseDir: path.join(dir, 'data'),
    port: await freePort(),
    database: 'postgres',
    persistent: false,
    log: (m) => chatter.push(m),
  }).catch((error) => {
    process.stderr.write(chatter.join('\n') + '\n');
    throw error;
  });
  // The test kit creates a database per test file from a template: that takes the superuser, not the service role.
  process.env.CUSTODY_TEST_PG_URL = handle.adminUrl;
  globalThis.__custodyTestPostgres = { handle, dir };
};
