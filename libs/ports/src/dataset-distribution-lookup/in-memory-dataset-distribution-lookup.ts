import {
  DatasetDistributionEntry,
  DatasetDistributionLookup,
  LiveDistributionStatus,
} from './dataset-distribution-lookup.port';

export type DistributionStatusInWorld = LiveDistributionStatus | 'Discarded';

/** A small world of tiers and copies, as the shared spec and the consumers' tests describe it. */
export interface LookupWorld {
  readonly tiers: readonly { readonly tierId: string; readonly reachable: boolean }[];
  readonly datasets: readonly { readonly datasetId: string }[];
  /** In registration order. */
  readonly distributions: readonly {
    readonly distributionId: string;
    readonly datasetId: string;
    readonly tierId: string;
    readonly uri: string;
    readonly status: DistributionStatusInWorld;
  }[];
}

/** The test double of DatasetDistributionLookup: answers from a world held in memory, which tests may change. */
export class InMemoryDatasetDistributionLookup implements DatasetDistributionLookup {
  private readonly reachable = new Map<string, boolean>();
  private readonly copies: {
    distributionId: string;
    datasetId: string;
    tierId: string;
    uri: string;
    status: DistributionStatusInWorld;
  }[] = [];

  constructor(world: LookupWorld = { tiers: [], datasets: [], distributions: [] }) {
    for (const tier of world.tiers) this.reachable.set(tier.tierId, tier.reachable);
    for (const copy of world.distributions) this.copies.push({ ...copy });
  }

  setTierReachable(tierId: string, reachable: boolean): void {
    this.reachable.set(tierId, reachable);
  }

  setStatus(distributionId: string, status: DistributionStatusInWorld): void {
    const copy = this.copies.find((c) => c.distributionId === distributionId);
    if (!copy) throw new Error(`no distribution ${distributionId} in this world`);
    copy.status = status;
  }

  addDistribution(copy: LookupWorld['distributions'][number]): void {
    this.copies.push({ ...copy });
  }

  async findByDatasets(
    datasetIds: readonly string[],
  ): Promise<ReadonlyMap<string, readonly DatasetDistributionEntry[]>> {
    const result = new Map<string, DatasetDistributionEntry[]>();
    for (const datasetId of datasetIds) {
      if (result.has(datasetId)) continue;
      const wanted = datasetId.toLowerCase();
      result.set(
        datasetId,
        this.copies
          .filter((c) => c.datasetId.toLowerCase() === wanted && c.status !== 'Discarded')
          .map((c) => ({
            distributionId: c.distributionId,
            tierId: c.tierId,
            uri: c.uri,
            status: c.status as LiveDistributionStatus,
            tierReachable: this.reachable.get(c.tierId) ?? false,
          })),
      );
    }
    return result;
  }
}
