import { Inject, Injectable } from '@nestjs/common';
import { isUuid } from '@custody/kernel';
import { ProjectionRunner } from '@custody/platform';
import { DatasetDistributionEntry, DatasetDistributionLookup, LiveDistributionStatus } from '@custody/ports';
import { DataSource } from 'typeorm';
import { DISTRIBUTION_SUMMARY } from '../projections/distribution-summary.projection';
import { TIER_SUMMARY } from '../projections/tier-summary.projection';

/**
 * DatasetDistributionLookup over the data context's read models: one query, a range scan of the
 * (dataset_id, distribution_id) index per dataset joined to the tier's reachability. Brings both projections up
 * to every event committed before the call first, so the answer includes the caller's own writes.
 */
@Injectable()
export class PostgresDatasetDistributionLookup implements DatasetDistributionLookup {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    private readonly projections: ProjectionRunner,
  ) {}

  async findByDatasets(
    datasetIds: readonly string[],
  ): Promise<ReadonlyMap<string, readonly DatasetDistributionEntry[]>> {
    const result = new Map<string, DatasetDistributionEntry[]>();
    const byKey = new Map<string, DatasetDistributionEntry[]>();
    for (const id of datasetIds) {
      if (result.has(id)) continue;
      const entries: DatasetDistributionEntry[] = [];
      result.set(id, entries);
      if (isUuid(id)) byKey.set(id.toLowerCase(), entries);
    }
    if (byKey.size === 0) return result;
    await this.projections.ensureCurrent(TIER_SUMMARY);
    await this.projections.ensureCurrent(DISTRIBUTION_SUMMARY);
    const rows: {
      dataset_id: string;
      distribution_id: string;
      tier_id: string;
      uri: string;
      status: LiveDistributionStatus;
      tier_reachable: boolean;
    }[] = await this.dataSource.query(
      `SELECT d.dataset_id, d.distribution_id, d.tier_id, d.uri, d.status, coalesce(t.reachable, false) AS tier_reachable
         FROM data_distribution_summary d
         LEFT JOIN data_tier_summary t ON t.stream_id = d.tier_id
        WHERE d.dataset_id = ANY($1::uuid[]) AND d.status <> 'Discarded'
        ORDER BY d.dataset_id, d.distribution_id`,
      [[...byKey.keys()]],
    );
    for (const row of rows) {
      byKey.get(row.dataset_id)?.push({
        distributionId: row.distribution_id,
        tierId: row.tier_id,
        uri: row.uri,
        status: row.status,
        tierReachable: row.tier_reachable,
      });
    }
    return result;
  }
}
