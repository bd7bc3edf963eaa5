import { DynamicModule, Module } from '@nestjs/common';
import { ACQUISITION_WORKER_SETTINGS, AcquisitionWorker } from './acquisition-worker';
import { RecordAcquisitionProgressHandler } from './record-progress/record-acquisition-progress.handler';
import { AcquisitionWorkerSettings, acquisitionWorkerSettings } from './worker-settings';

/**
 * The worker app's acquisition job (the API never imports it), with the worker's own bookkeeping command (no
 * REST route: only the host that measured the files records them). Needs the DataModule's handlers and, to
 * sync, MATERIALIZATION_REQUESTER bound by the app (without it acquisitions stop at complete). Settings come
 * from the environment (CUSTODY_WORKER_TIERS, CUSTODY_WORKER_HOST, CUSTODY_ACQUISITION_RESCAN_MS).
 */
@Module({
  providers: [
    RecordAcquisitionProgressHandler,
    { provide: ACQUISITION_WORKER_SETTINGS, useFactory: () => acquisitionWorkerSettings() },
    AcquisitionWorker,
  ],
  exports: [AcquisitionWorker],
})
export class AcquisitionWorkerModule {
  /** The same job with explicit settings (tests, or an app that reads them elsewhere). */
  static withSettings(settings: AcquisitionWorkerSettings): DynamicModule {
    return {
      module: AcquisitionWorkerModule,
      // Extends the static metadata: this provider replaces the one read from the environment.
      providers: [{ provide: ACQUISITION_WORKER_SETTINGS, useValue: settings }],
    };
  }
}
