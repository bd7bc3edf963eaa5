import { Injectable } from '@nestjs/common';
import { PendingEvent, Projection, ProjectionHandler, StoredEvent } from '@custody/platform';
import { EntityManager } from 'typeorm';
import { ChecksumAlgorithm } from '../aggregates/checksum/checksum';
import { DATASET_EVENT_TYPES, DatasetEvent } from '../aggregates/dataset/dataset.events';
import { DatasetStatus, DatasetView } from '../aggregates/dataset/dataset.state';

export const DATASET_SUMMARY = 'data_dataset_summary';

export interface DatasetRow {
  dataset_id: string;
  version: number;
  title: string;
  checksum_algorithm: ChecksumAlgorithm;
  checksum_value: string;
  byte_size: string;
  intent: string | null;
  collected_by_asset_id: string | null;
  collected_by_fixture_id: string | null;
  collected_by: boolean;
  status: DatasetStatus;
  /** ISO 8601 in UTC, as the API answers it (formatted by PostgreSQL: no Date to build and format per row). */
  registered_at: string;
  discarded_at: string | null;
}

const ISO_UTC = `'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'`;
export const DATASET_COLUMNS = `dataset_id, version, title, checksum_algorithm, checksum_value, byte_size, intent,
  collected_by_asset_id, collected_by_fixture_id, collected_by, status,
  to_char(registered_at AT TIME ZONE 'UTC', ${ISO_UTC}) AS registered_at,
  to_char(discarded_at AT TIME ZONE 'UTC', ${ISO_UTC}) AS discarded_at`;

export function datasetViewFromRow(row: DatasetRow): DatasetView {
  return {
    datasetId: row.dataset_id,
    title: row.title,
    checksum: { algorithm: row.checksum_algorithm, value: row.checksum_value },
    byteSize: Number(row.byte_size),
    intent: row.intent,
    collectedBy: row.collected_by
      ? { assetId: row.collected_by_asset_id, fixtureId: row.collected_by_fixture_id }
      : null,
    status: row.status,
    registeredAt: row.registered_at,
    discardedAt: row.discarded_at,
    version: row.version,
  };
}

/**
 * One row per dataset in real columns (no jsonb to unpack on a list read): the catalogue list pages by keyset
 * on the primary key. Idempotent: an event at or below the row's version changes nothing.
 */
@ProjectionHandler()
@Injectable()
export class DatasetSummaryProjection implements Projection {
  readonly name = DATASET_SUMMARY;
  readonly eventTypes = DATASET_EVENT_TYPES;

  async apply(stored: StoredEvent, m: EntityManager): Promise<void> {
    const params: unknown[] = [];
    await m.query(
      this.writeOf(stored, (value) => `$${params.push(value)}`),
      params,
    );
  }

  /** Every write here needs only the event itself: the store may run it in the append's own statement. */
  writeWithAppend(event: PendingEvent, param: (value: unknown) => string): string {
    return this.writeOf(event, param);
  }

  private writeOf(stored: PendingEvent, param: (value: unknown) => string): string {
    const event = { type: stored.type, data: stored.data } as DatasetEvent;
    switch (event.type) {
      case 'DatasetRegistered': {
        const d = event.data;
        const values = [
          d.datasetId,
          stored.version,
          d.title,
          d.checksum.algorithm,
          d.checksum.value,
          d.byteSize,
          d.intent,
          d.collectedBy?.assetId ?? null,
          d.collectedBy?.fixtureId ?? null,
          d.collectedBy !== null,
        ].map(param);
        return `INSERT INTO data_dataset_summary (dataset_id, version, title, checksum_algorithm, checksum_value, byte_size,
             intent, collected_by_asset_id, collected_by_fixture_id, collected_by, status, registered_at)
           VALUES (${values.join(', ')}, 'Active', ${param(d.registeredAt)})
           ON CONFLICT (dataset_id) DO NOTHING`;
      }
      case 'DatasetDiscarded':
        return `UPDATE data_dataset_summary SET status = 'Discarded', discarded_at = ${param(event.data.at)}, version = ${param(stored.version)}
            WHERE dataset_id = ${param(stored.streamId)} AND version < ${param(stored.version)}`;
      default:
        return `UPDATE data_dataset_summary SET version = ${param(stored.version)}
            WHERE dataset_id = ${param(stored.streamId)} AND version < ${param(stored.version)}`;
    }
  }

  async reset(m: EntityManager): Promise<void> {
    await m.query(`DELETE FROM data_dataset_summary`);
  }
}
