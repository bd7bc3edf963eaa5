#!/usr/bin/env node
// This machine's npm registry lacks some platform-specific optional binaries (e.g. the darwin builds of
// @swc/core). npm then leaves them out of package-lock.json, and `npm ci` refuses the lock ("Missing: … from lock
// file"). A lock made against the full registry lists every platform's binary, tagged with os/cpu/libc so that
// other platforms skip it without fetching. This adds those entries back for the ones that are missing.
// Run after every `npm install` that changes dependencies:  node tools/lockfile/fill-platform-optionals.js
const fs = require('node:fs');
const path = require('node:path');

const lockPath = path.join(__dirname, '..', '..', 'package-lock.json');
const lock = JSON.parse(fs.readFileSync(lockPath, 'utf8'));
const OS = [
  'darwin',
  'linux',
  'win32',
  'freebsd',
  'android',
  'openharmony',
  'sunos',
  'aix',
  'netbsd',
  'openbsd',
  'wasi',
];
const CPU = ['arm64', 'x64', 'ia32', 'arm', 'ppc64', 's390x', 'riscv64', 'loong64', 'wasm32', 'mips64el', 'ppc64le'];

function platformOf(name) {
  const tokens = name.split('/').pop().split(/[-_.]/);
  const os = tokens.find((t) => OS.includes(t));
  const cpu =
    tokens.find((t) => CPU.includes(t)) ??
    (tokens.includes('eabihf') || tokens.includes('gnueabihf') ? 'arm' : undefined);
  const libc = tokens.some((t) => t.startsWith('musl'))
    ? 'musl'
    : tokens.some((t) => t.startsWith('gnu'))
      ? 'glibc'
      : undefined;
  return { os, cpu, libc };
}

/** Where npm would look for `dep` required from the package at `from` (node_modules resolution upwards). */
function resolves(from, dep) {
  let base = from;
  for (;;) {
    if (lock.packages[`${base ? `${base}/` : ''}node_modules/${dep}`]) return true;
    if (!base) return false;
    const i = base.lastIndexOf('/node_modules/');
    base = i < 0 ? '' : base.slice(0, i);
  }
}

let added = 0;
for (const [location, entry] of Object.entries(lock.packages)) {
  for (const [dep, spec] of Object.entries(entry.optionalDependencies ?? {})) {
    if (resolves(location, dep)) continue;
    const { os, cpu, libc } = platformOf(dep);
    if (!os && !cpu) {
      process.stderr.write(
        `cannot tell the platform of ${dep} (optional dependency of ${location || 'the root'}); left as it is\n`,
      );
      continue;
    }
    const version = /^\d+\.\d+\.\d+/.test(spec) ? spec : spec.replace(/^[\^~=]/, '');
    lock.packages[`node_modules/${dep}`] = {
      version,
      ...(cpu ? { cpu: [cpu] } : {}),
      ...(os ? { os: [os === 'wasi' ? 'none' : os] } : {}),
      ...(libc ? { libc: [libc] } : {}),
      dev: entry.dev || undefined,
      optional: true,
    };
    added += 1;
  }
}
const sorted = Object.fromEntries(
  Object.entries(lock.packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a.localeCompare(b, 'en'))),
);
lock.packages = sorted;
fs.writeFileSync(lockPath, `${JSON.stringify(lock, null, 2)}\n`);
process.stdout.write(`added ${added} platform-specific optional entries to package-lock.json\n`);
