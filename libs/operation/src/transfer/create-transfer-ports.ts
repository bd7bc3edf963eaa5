import * as path from 'node:path';
import { DomainError } from '@custody/kernel';
import type { CustodyConfig } from '@custody/platform';
import { FdtTransferPort } from './fdt/fdt-transfer-port';
import { GlobusTransferPort } from './globus/globus-transfer-port';
import { LocalTransferPort } from './local/local-transfer-port';
import { TransferHandle, TransferPort } from './transfer.port';

export type TransferPortsConfig = Pick<CustodyConfig, 'dataDir' | 'globus' | 'fdt'>;

/** Nest injection token for the adapters the worker's materialization job drives. */
export const TRANSFER_PORTS = Symbol('TransferPorts');

/** The adapters this process can move bytes with, by name (the `via` of a materialization). */
export interface TransferPorts {
  readonly names: readonly string[];
  has(name: string): boolean;
  /** Refuses an adapter this process was not configured with (`TransferAdapterUnavailable`, 400). */
  get(name: string): TransferPort;
  /** The adapter that began this handle. */
  forHandle(handle: TransferHandle): TransferPort;
  /** Stops the work of every adapter in this process (shutdown), recording nothing. */
  stop(): Promise<void>;
}

/**
 * Builds the adapters for the apps to bind: `local` always (the default), `globus` when CUSTODY_GLOBUS_* names a
 * client, `fdt` when CUSTODY_FDT_SERVERS names a server for some tier; `memory` only when a test passes one. Each
 * keeps its small state files under `<dataDir>/transfers/<name>`.
 */
export function createTransferPorts(
  config: TransferPortsConfig,
  extra: { readonly memory?: TransferPort } = {},
): TransferPorts {
  const stateDir = (name: string) => path.join(config.dataDir, 'transfers', name);
  const ports = new Map<string, TransferPort>();
  ports.set('local', new LocalTransferPort({ stateDir: stateDir('local') }));
  if (config.globus) {
    ports.set('globus', new GlobusTransferPort({ ...config.globus, stateDir: stateDir('globus') }));
  }
  if (Object.keys(config.fdt.servers).length > 0) {
    const servers = config.fdt.servers;
    ports.set(
      'fdt',
      new FdtTransferPort({
        command: config.fdt.command,
        serverFor: (tierId) => servers[tierId],
        streams: config.fdt.streams,
        stateDir: stateDir('fdt'),
      }),
    );
  }
  if (extra.memory) ports.set('memory', extra.memory);
  return transferPortsOf(ports.values());
}

/** The set of adapters given, by their names (tests bind scripted adapters this way). */
export function transferPortsOf(adapters: Iterable<TransferPort>): TransferPorts {
  const ports = new Map<string, TransferPort>([...adapters].map((port) => [port.name, port]));
  const get = (name: string): TransferPort => {
    const port = ports.get(name);
    if (!port) {
      throw new DomainError(
        'TransferAdapterUnavailable',
        'Invalid',
        `no transfer adapter "${name}" here; available: ${[...ports.keys()].join(', ')}`,
      );
    }
    return port;
  };
  return {
    names: [...ports.keys()],
    has: (name) => ports.has(name),
    get,
    forHandle: (handle) => get(handle.adapter),
    stop: async () => {
      await Promise.all([...ports.values()].map((port) => port.stop?.()));
    },
  };
}
