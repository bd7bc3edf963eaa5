import { z } from 'zod';
import { ACQUISITION_STATES, RETENTION_POLICIES, RUN_KINDS } from '../aggregates/acquisition/acquisition.events';

/** A host name as edge hosts report it (visible ASCII, no spaces). */
export const hostInput = z
  .string()
  .min(1)
  .max(255)
  .regex(/^[\x21-\x7e]+$/, 'must be 1 to 255 visible ASCII characters')
  .describe('The host that made the change (edge host name)');

export const acquisitionStateSchema = z.enum(ACQUISITION_STATES);

const historyEntrySchema = z.object({
  state: acquisitionStateSchema,
  at: z.string().describe('ISO 8601 UTC'),
  host: z.string().nullable(),
  filesReceived: z.number().int().optional().describe('complete only'),
  bytesReceived: z.number().int().optional().describe('complete only'),
  targetTierId: z.string().optional().describe('sync_verified only'),
});

/** What the acquisition routes and tools answer (GET, list items, transition, clear). */
export const acquisitionViewSchema = z.object({
  acquisitionId: z.string(),
  tierId: z.string().describe('The acquisition (staging) tier'),
  path: z.string().describe('As registered'),
  uri: z.string().describe('Canonical URI of the run under the tier root'),
  runKind: z.enum(RUN_KINDS as ['run', 'test']),
  targetTierId: z.string().nullable(),
  retention: z.object({
    policy: z.enum(RETENTION_POLICIES as ['manual', 'scheduled']),
    retainHours: z.number().nullable(),
  }),
  assetId: z.string().nullable(),
  fixtureId: z.string().nullable(),
  expectedFiles: z.array(z.object({ path: z.string(), size: z.number().int() })).nullable(),
  state: acquisitionStateSchema,
  history: z.array(historyEntrySchema).describe('Append-only; one entry per state reached'),
  datasetId: z.string().nullable(),
  stagingDistributionId: z.string().nullable().describe('The Verified copy registered from the staging files'),
  materializationId: z.string().nullable(),
  error: z
    .object({ code: z.string(), detail: z.string(), host: z.string(), at: z.string() })
    .nullable()
    .describe('Why the worker stopped driving it (e.g. AcquisitionFilesChanged), or null'),
  stagingRemoved: z.boolean().describe('After cleared: staging files deleted and the staging copy discarded'),
  registeredAt: z.string(),
  version: z.number().int(),
});
