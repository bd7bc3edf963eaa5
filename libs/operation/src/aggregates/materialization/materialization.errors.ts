import { DomainError, conflict, notFound } from '@custody/kernel';

export const materializationNotFound = (materializationId: string): DomainError =>
  notFound('MaterializationNotFound', `Materialization ${materializationId} does not exist.`);

export const materializationNoVerifiedSource = (datasetId: string, targetTierId: string, why: string): DomainError =>
  conflict(
    'MaterializationNoVerifiedSource',
    `Dataset ${datasetId} has no Verified copy on a reachable tier that tier ${targetTierId} can be reached from (${why}).`,
  );
