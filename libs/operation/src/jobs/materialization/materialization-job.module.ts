import { Module } from '@nestjs/common';
import { OperationModule } from '../../operation.module';
import { MaterializationJobRunner } from './materialization-job.runner';

/**
 * The materialization edge job: only the worker imports it. Needs TRANSFER_PORTS, STORAGE_CATALOGUE and
 * DISTRIBUTION_REGISTRAR bound by the app.
 */
@Module({ imports: [OperationModule], providers: [MaterializationJobRunner], exports: [MaterializationJobRunner] })
export class MaterializationJobModule {}
