const fs = require('node:fs');

module.exports = async () => {
  const pg = globalThis.__custodyTestPostgres;
  if (!pg) return;
  await pg.handle.stop();
  fs.rmSync(pg.dir, { recursive: true, force: true });
};
