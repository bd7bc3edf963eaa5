import * as os from 'node:os';

/** Which tiers this worker serves: those listed (names or ids), or every `file` tier whose root exists here. */
export type ServedTiers =
  { readonly kind: 'local-file-tiers' } | { readonly kind: 'listed'; readonly names: readonly string[] };

export interface AcquisitionWorkerSettings {
  readonly tiers: ServedTiers;
  /** The name this host records on every change it makes. */
  readonly host: string;
  /** The rescan that catches what the file watcher missed (network mounts, a restart). */
  readonly rescanMs: number;
}

/**
 * CUSTODY_WORKER_TIERS (comma-separated tier names or ids; unset or empty: every file tier whose root exists on
 * this host), CUSTODY_WORKER_HOST (default: the OS host name), CUSTODY_ACQUISITION_RESCAN_MS (default 5000).
 */
export function acquisitionWorkerSettings(env: NodeJS.ProcessEnv = process.env): AcquisitionWorkerSettings {
  const names = (env.CUSTODY_WORKER_TIERS ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
  const rescan = Number(env.CUSTODY_ACQUISITION_RESCAN_MS ?? '5000');
  if (!Number.isInteger(rescan) || rescan < 50) {
    throw new Error('CUSTODY_ACQUISITION_RESCAN_MS: must be an integer number of milliseconds, at least 50');
  }
  const host = (env.CUSTODY_WORKER_HOST ?? '').trim() || os.hostname();
  if (!/^[\x21-\x7e]{1,255}$/.test(host)) {
    throw new Error('CUSTODY_WORKER_HOST: must be 1 to 255 visible ASCII characters');
  }
  return {
    tiers: names.length > 0 ? { kind: 'listed', names } : { kind: 'local-file-tiers' },
    host,
    rescanMs: rescan,
  };
}
