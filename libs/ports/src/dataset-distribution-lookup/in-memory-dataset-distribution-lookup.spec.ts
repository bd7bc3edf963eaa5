import { describeDatasetDistributionLookup } from './dataset-distribution-lookup.contract';
import { InMemoryDatasetDistributionLookup } from './in-memory-dataset-distribution-lookup';

describeDatasetDistributionLookup('the in-memory test double', async (world) => {
  const lookup = new InMemoryDatasetDistributionLookup(world);
  return {
    lookup,
    setTierReachable: async (tierId, reachable) => lookup.setTierReachable(tierId, reachable),
    setStatus: async (distributionId, status) => lookup.setStatus(distributionId, status),
  };
});
