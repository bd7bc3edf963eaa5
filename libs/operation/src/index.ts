export { OperationModule } from './operation.module';
/** Materializations (issue 13): the worker's job module, the transfer adapters and the MaterializationRequester adapter. */
export { MaterializationJobModule } from './jobs/materialization/materialization-job.module';
export { MaterializationJobRunner } from './jobs/materialization/materialization-job.runner';
export { MaterializationRequesterAdapter } from './adapters/materialization-requester.adapter';
export { TRANSFER_PORTS, TransferPorts, createTransferPorts } from './transfer/create-transfer-ports';
export * from './transfer/transfer.port';
export { ScriptedTransferPort, ScriptedStep } from './transfer/scripted/scripted-transfer-port';
