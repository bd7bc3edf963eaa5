import { Injectable } from '@nestjs/common';
import { Projection, ProjectionHandler, StoredEvent } from '@custody/platform';
import { EntityManager } from 'typeorm';
import { ChecksumAlgorithm } from '../aggregates/checksum/checksum';
import { DISTRIBUTION_EVENT_TYPES, DistributionEvent } from '../aggregates/distribution/distribution.events';
import { evolveDistribution } from '../aggregates/distribution/distribution.evolve';
import {
  DistributionState,
  DistributionStatus,
  LastAttestation,
  RegisteredDistribution,
  initialDistributionState,
} from '../aggregates/distribution/distribution.state';

export const DISTRIBUTION_SUMMARY = 'data_distribution_summary';

export interface DistributionRow {
  distribution_id: string;
  version: number;
  dataset_id: string;
  tier_id: string;
  uri: string;
  checksum_algorithm: ChecksumAlgorithm;
  checksum_value: string;
  byte_size: string;
  status: DistributionStatus;
  last_attestation: LastAttestation | null;
  registered_at: Date;
}

export const DISTRIBUTION_COLUMNS = `distribution_id, version, dataset_id, tier_id, uri, checksum_algorithm,
  checksum_value, byte_size, status, last_attestation, registered_at`;

export function distributionFromRow(row: DistributionRow): RegisteredDistribution {
  return {
    exists: true,
    distributionId: row.distribution_id,
    datasetId: row.dataset_id,
    tierId: row.tier_id,
    uri: row.uri,
    checksum: { algorithm: row.checksum_algorithm, value: row.checksum_value },
    byteSize: Number(row.byte_size),
    status: row.status,
    lastAttestation: row.last_attestation,
    registeredAt: row.registered_at.toISOString(),
  };
}

/**
 * One row per distribution in real columns, folded by the aggregate's own `evolve` (so the list shows exactly
 * what a GET shows). Indexed on (dataset_id, distribution_id): a dataset's copies are one index range scan.
 */
@ProjectionHandler()
@Injectable()
export class DistributionSummaryProjection implements Projection {
  readonly name = DISTRIBUTION_SUMMARY;
  readonly eventTypes = DISTRIBUTION_EVENT_TYPES;

  async apply(stored: StoredEvent, m: EntityManager): Promise<void> {
    const rows: DistributionRow[] = await m.query(
      `SELECT ${DISTRIBUTION_COLUMNS} FROM data_distribution_summary WHERE distribution_id = $1 FOR UPDATE`,
      [stored.streamId],
    );
    const current = rows[0];
    if (current && current.version >= stored.version) return;
    const before: DistributionState = current ? distributionFromRow(current) : initialDistributionState;
    const after = evolveDistribution(before, { type: stored.type, data: stored.data } as DistributionEvent);
    if (!after.exists) return;
    await m.query(
      `INSERT INTO data_distribution_summary (${DISTRIBUTION_COLUMNS})
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10::jsonb, $11)
       ON CONFLICT (distribution_id) DO UPDATE SET version = EXCLUDED.version, status = EXCLUDED.status,
         last_attestation = EXCLUDED.last_attestation`,
      [
        after.distributionId,
        stored.version,
        after.datasetId,
        after.tierId,
        after.uri,
        after.checksum.algorithm,
        after.checksum.value,
        after.byteSize,
        after.status,
        after.lastAttestation === null ? null : JSON.stringify(after.lastAttestation),
        after.registeredAt,
      ],
    );
  }

  async reset(m: EntityManager): Promise<void> {
    await m.query(`DELETE FROM data_distribution_summary`);
  }
}
