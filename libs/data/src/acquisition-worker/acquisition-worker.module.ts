import { Module } from '@nestjs/common';
import { ACQUISITION_WORKER_SETTINGS, AcquisitionWorker } from './acquisition-worker';
import { RecordAcquisitionProgressHandler } from './record-progress/record-acquisition-progress.handler';
import { acquisitionWorkerSettings } from './worker-settings';

/**
 * The worker app's acquisition job (the API never imports it), with the worker's own bookkeeping command (no
 * REST route: only the host that measured the files records them). Needs the DataModule's handlers and, to sync,
 * MATERIALIZATION_REQUESTER bound by the app (without it acquisitions stop at complete).
 */
@Module({
  providers: [
    RecordAcquisitionProgressHandler,
    { provide: ACQUISITION_WORKER_SETTINGS, useFactory: () => acquisitionWorkerSettings() },
    AcquisitionWorker,
  ],
  exports: [AcquisitionWorker],
})
export class AcquisitionWorkerModule {}
