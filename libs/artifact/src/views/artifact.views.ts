import { z } from 'zod';

/** What the artifact routes and tools answer (OpenAPI components and MCP output schemas). */
export const depositReceiptView = z
  .object({
    artifactUri: z.string().describe('Opaque: custody://artifacts/<32 hex>'),
    sizeBytes: z.number().int(),
    contentType: z.string(),
    sha256: z.string().describe('64 hex digits'),
  })
  .meta({ id: 'DepositReceipt' });

export const artifactMetadataView = z
  .object({
    artifactUri: z.string(),
    sizeBytes: z.number().int(),
    contentType: z.string(),
    sha256: z.string(),
    createdBy: z.string().describe('principalId of the depositor'),
    createdAt: z.string().describe('ISO 8601 UTC time'),
  })
  .meta({ id: 'ArtifactMetadata' });
