import { conflict, notFound } from '@custody/kernel';

export const distributionNotFound = (distributionId: string) =>
  notFound('DistributionNotFound', `Distribution ${distributionId} does not exist.`);
export const distributionDiscarded = (distributionId: string) =>
  conflict('DistributionDiscarded', `Distribution ${distributionId} is discarded; discarded is final.`);
