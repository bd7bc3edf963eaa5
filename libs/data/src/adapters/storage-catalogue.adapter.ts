import { Inject, Injectable } from '@nestjs/common';
import { isUuid } from '@custody/kernel';
import { AggregateRepository, ProjectionRunner } from '@custody/platform';
import { CopyFacts, DatasetFacts, StorageCatalogue, TierFacts } from '@custody/ports';
import { DataSource } from 'typeorm';
import { evolveDataset } from '../aggregates/dataset/dataset.evolve';
import { initialDatasetState } from '../aggregates/dataset/dataset.state';
import { evolveDistribution } from '../aggregates/distribution/distribution.evolve';
import { initialDistributionState } from '../aggregates/distribution/distribution.state';
import { evolveTier } from '../aggregates/tier/tier.evolve';
import { RegisteredTier, initialTierState } from '../aggregates/tier/tier.state';
import { resolveUnderRoot } from '../aggregates/tier/tier-uri';
import { TIER_SUMMARY } from '../projections/tier-summary.projection';

const tierFold = { evolve: evolveTier, initialState: initialTierState };

function tierFacts(tier: RegisteredTier): TierFacts {
  return {
    tierId: tier.tierId,
    name: tier.name,
    accessProtocol: tier.accessProtocol,
    rootUri: tier.rootUri,
    reachable: tier.reachable,
  };
}

/**
 * StorageCatalogue over the data context: single tiers, datasets and a dataset's copies fold their streams
 * (always current; a dataset has few copies), the tier list reads the tier projection brought up to date.
 */
@Injectable()
export class DataStorageCatalogue implements StorageCatalogue {
  constructor(
    private readonly aggregates: AggregateRepository,
    private readonly projections: ProjectionRunner,
    @Inject(DataSource) private readonly dataSource: DataSource,
  ) {}

  async listTiers(): Promise<readonly TierFacts[]> {
    await this.projections.ensureCurrent(TIER_SUMMARY);
    const rows: { state: RegisteredTier }[] = await this.dataSource.query(
      `SELECT state FROM data_tier_summary WHERE name IS NOT NULL ORDER BY stream_id`,
    );
    return rows.map((r) => tierFacts(r.state));
  }

  async findTier(tierId: string): Promise<TierFacts | null> {
    if (!isUuid(tierId)) return null;
    const { state } = await this.aggregates.load(tierFold, tierId.toLowerCase());
    return state.exists ? tierFacts(state) : null;
  }

  async findDataset(datasetId: string): Promise<DatasetFacts | null> {
    if (!isUuid(datasetId)) return null;
    const { state } = await this.aggregates.load(
      { evolve: evolveDataset, initialState: initialDatasetState },
      datasetId.toLowerCase(),
    );
    if (!state.exists) return null;
    return {
      datasetId: state.datasetId,
      checksum: state.checksum,
      byteSize: state.byteSize,
      discarded: state.status === 'Discarded',
    };
  }

  async findCopies(datasetId: string): Promise<readonly CopyFacts[]> {
    if (!isUuid(datasetId)) return [];
    const { state } = await this.aggregates.load(
      { evolve: evolveDataset, initialState: initialDatasetState },
      datasetId.toLowerCase(),
    );
    if (!state.exists) return [];
    const copies: CopyFacts[] = [];
    for (const member of state.distributions) {
      const [{ state: copy }, { state: tier }] = await Promise.all([
        this.aggregates.load(
          { evolve: evolveDistribution, initialState: initialDistributionState },
          member.distributionId,
        ),
        this.aggregates.load(tierFold, member.tierId),
      ]);
      if (!copy.exists || copy.status === 'Discarded' || !tier.exists) continue;
      const resolved = resolveUnderRoot(tier.rootUri, copy.uri);
      if (!resolved.ok) continue;
      copies.push({
        distributionId: copy.distributionId,
        tierId: copy.tierId,
        status: copy.status,
        relativePath: resolved.value.relative.join('/'),
      });
    }
    return copies;
  }
}
