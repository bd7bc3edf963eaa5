import { z } from 'zod';
import { CHECKSUM_ALGORITHMS, ChecksumAlgorithm } from '../aggregates/checksum/checksum';
import { DATASET_STATUSES, DatasetStatus } from '../aggregates/dataset/dataset.state';
import { ATTESTATION_OUTCOMES, AttestationOutcome } from '../aggregates/distribution/distribution.events';
import { DISTRIBUTION_STATUSES, DistributionStatus } from '../aggregates/distribution/distribution.state';
import { ACCESS_PROTOCOLS, AccessProtocol } from '../aggregates/tier/tier-uri';

/**
 * What the data reads answer, as zod output schemas: the single source for the OpenAPI components (named by
 * `id`) and the MCP tools' output schemas. Shared by the slices that answer the same view.
 */
const enumOf = <T extends string>(values: readonly T[]) => z.enum(values as [T, ...T[]]);
const version = z.number().int().describe('Version of the stream, for optimistic concurrency');
const instant = z.string().describe('ISO 8601 UTC time');

export const checksumView = z
  .object({ algorithm: enumOf<ChecksumAlgorithm>(CHECKSUM_ALGORITHMS), value: z.string().describe('64 hex digits') })
  .meta({ id: 'Checksum' });

export const observedChecksumView = z
  .object({
    algorithm: enumOf<ChecksumAlgorithm>(CHECKSUM_ALGORITHMS),
    value: z.string(),
    byteSize: z.number().int(),
  })
  .meta({ id: 'ObservedChecksum' });

export const tierView = z
  .object({
    tierId: z.string(),
    name: z.string(),
    accessProtocol: enumOf<AccessProtocol>(ACCESS_PROTOCOLS),
    rootUri: z.string(),
    reachable: z.boolean(),
    registeredAt: instant,
    version,
  })
  .meta({ id: 'Tier' });

export const datasetView = z
  .object({
    datasetId: z.string(),
    title: z.string(),
    checksum: checksumView,
    byteSize: z.number().int(),
    intent: z.string().nullable(),
    collectedBy: z.object({ assetId: z.string().nullable(), fixtureId: z.string().nullable() }).nullable(),
    status: enumOf<DatasetStatus>(DATASET_STATUSES),
    registeredAt: instant,
    discardedAt: instant.nullable(),
    version,
  })
  .meta({ id: 'Dataset' });

export const attestationResultView = z
  .object({
    attestationId: z.string(),
    outcome: enumOf<AttestationOutcome>(ATTESTATION_OUTCOMES),
    observed: observedChecksumView.nullable(),
  })
  .meta({ id: 'AttestationResult' });

export const distributionView = z
  .object({
    distributionId: z.string(),
    datasetId: z.string(),
    tierId: z.string(),
    uri: z.string(),
    checksum: checksumView,
    byteSize: z.number().int(),
    status: enumOf<DistributionStatus>(DISTRIBUTION_STATUSES),
    lastAttestation: z
      .object({
        attestationId: z.string(),
        outcome: enumOf<AttestationOutcome>(ATTESTATION_OUTCOMES),
        observed: observedChecksumView.nullable(),
        source: z.enum(['server', 'reported']).describe('server: the API read the bytes; reported: an edge host'),
        detail: z.string().nullable(),
        attestedAt: instant,
      })
      .nullable(),
  })
  .meta({ id: 'Distribution' });
