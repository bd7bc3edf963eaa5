import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { TransferProgress } from '../../transfer/transfer.port';

/** The live counters of running transfers, written by the job on every observation, read by GET and the list. */
@Injectable()
export class MaterializationProgressStore {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  async write(materializationId: string, progress: TransferProgress): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO operation_materialization_progress (materialization_id, progress, updated_at)
       VALUES ($1, $2::jsonb, now())
       ON CONFLICT (materialization_id) DO UPDATE SET progress = EXCLUDED.progress, updated_at = now()`,
      [materializationId, JSON.stringify(progress)],
    );
  }

  async read(ids: readonly string[]): Promise<Map<string, TransferProgress>> {
    if (ids.length === 0) return new Map();
    const rows: { materialization_id: string; progress: TransferProgress }[] = await this.dataSource.query(
      `SELECT materialization_id, progress FROM operation_materialization_progress WHERE materialization_id = ANY($1::uuid[])`,
      [ids],
    );
    return new Map(rows.map((r) => [r.materialization_id, r.progress]));
  }
}
