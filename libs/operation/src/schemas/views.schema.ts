import { z } from 'zod';
import { RUN_STATUSES, RunStatus } from '../aggregates/run/run.state';
import { RUN_EVENT_TYPES, RunEvent } from '../aggregates/run/run.events';

/** The answer of GET /v1/methods/{id}, and each item of the list. */
export const methodView = z.object({
  methodId: z.guid(),
  name: z.string(),
  neededInputKinds: z.array(z.string()),
  parametersSchema: z.record(z.string(), z.unknown()).nullable().describe('null: any parameters are accepted'),
  registeredAt: z.iso.datetime(),
  version: z.number().int(),
});

export const runStatus = z.enum(RUN_STATUSES as [RunStatus, ...RunStatus[]]);

export const inputCopyView = z.object({
  datasetId: z.guid(),
  distributionId: z.guid().describe('The Verified copy that let this input pass the start gate'),
  tierId: z.guid(),
});

/** The answer of GET /v1/runs/{id}, and each item of the list. */
export const runView = z.object({
  runId: z.guid(),
  methodId: z.guid(),
  state: runStatus,
  inputDatasetIds: z.array(z.guid()),
  inputCopies: z.array(inputCopyView),
  parameters: z.record(z.string(), z.unknown()),
  history: z.array(
    z.object({
      event: z.enum(RUN_EVENT_TYPES as [RunEvent['type'], ...RunEvent['type'][]]),
      state: runStatus,
      at: z.iso.datetime(),
      reason: z.string().nullable(),
    }),
  ),
  version: z.number().int(),
});

export function pageOf<T extends z.ZodType>(item: T) {
  return z.object({ items: z.array(item), nextCursor: z.string().nullable() });
}

/** What a run transition answers over MCP (REST answers 204). */
export const runTransitionResult = z.object({ runId: z.guid(), state: runStatus });
