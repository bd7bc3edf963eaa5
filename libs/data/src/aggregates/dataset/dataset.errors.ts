import { conflict, notFound } from '@custody/kernel';

export const datasetNotFound = (datasetId: string) =>
  notFound('DatasetNotFound', `Dataset ${datasetId} does not exist.`);
export const datasetDiscarded = (datasetId: string) =>
  conflict('DatasetDiscarded', `Dataset ${datasetId} is discarded; it takes no new distributions.`);
