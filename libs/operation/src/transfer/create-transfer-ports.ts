import { LocalCopyTransferPort } from './local-copy/local-copy-transfer';
import { TransferPort } from './transfer.port';

/** The transfer adapters by name (the `via` of a materialization). */
export type TransferPorts = ReadonlyMap<string, TransferPort>;

/** Nest injection token for the adapters the worker's materialization job drives. */
export const TRANSFER_PORTS = Symbol('TransferPorts');

/** The adapters this host offers: the local copy always (FDT and Globus join when configured). */
export function createTransferPorts(_config?: unknown): TransferPorts {
  const local = new LocalCopyTransferPort();
  return new Map<string, TransferPort>([[local.name, local]]);
}
