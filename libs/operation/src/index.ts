export { OperationModule } from './operation.module';

// Transfers (issue 13): the TransferPort, its adapters and the shared spec the materialization job builds on.
export * from './transfer/transfer.port';
export { TRANSFER_PORTS, createTransferPorts, transferPortsOf } from './transfer/create-transfer-ports';
export type { TransferPorts, TransferPortsConfig } from './transfer/create-transfer-ports';
export { isTerminal as isTerminalTransferState } from './transfer/transfer-progress';
export { checksumOf, TreeDigest } from './transfer/tree-digest';
export { LocalTransferPort } from './transfer/local/local-transfer-port';
export type { LocalTransferOptions } from './transfer/local/local-transfer-port';
export { FdtTransferPort } from './transfer/fdt/fdt-transfer-port';
export type { FdtTransferOptions } from './transfer/fdt/fdt-transfer-port';
export { GlobusTransferPort } from './transfer/globus/globus-transfer-port';
export type { GlobusTransferOptions } from './transfer/globus/globus-transfer-port';
export { InMemoryTransferPort, MemoryTransferWorld } from './transfer/memory/in-memory-transfer-port';
export type { InMemoryTransferOptions, MemoryStep } from './transfer/memory/in-memory-transfer-port';

/** Materializations (issue 13): the worker's job module, the transfer adapters and the MaterializationRequester adapter. */
export { MaterializationJobModule } from './jobs/materialization/materialization-job.module';
export { MaterializationJobRunner } from './jobs/materialization/materialization-job.runner';
export { MaterializationRequesterAdapter } from './adapters/materialization-requester.adapter';
export { ScriptedTransferPort, ScriptedStep } from './transfer/scripted/scripted-transfer-port';
