import { Query } from '@nestjs/cqrs';
import { CommandMeta } from '@custody/platform';
import { z } from 'zod';
import { OPENLINEAGE_RUN_EVENT_SCHEMA_URL, OpenLineageRunEvent } from '../../aggregates/run/run.openlineage';

export const getRunOpenlineageInput = z.strictObject({ runId: z.guid().describe('The run to render') });
export type GetRunOpenlineageInput = z.output<typeof getRunOpenlineageInput>;

const namedDataset = z.object({ namespace: z.string(), name: z.string() });

export const openLineageRunEvent = z
  .object({
    eventType: z.enum(['START', 'COMPLETE', 'ABORT', 'FAIL']),
    eventTime: z.iso.datetime(),
    producer: z.string(),
    schemaURL: z.literal(OPENLINEAGE_RUN_EVENT_SCHEMA_URL),
    run: z.object({ runId: z.guid() }),
    job: z.object({ namespace: z.string(), name: z.string().describe('methods/<methodId>') }),
    inputs: z.array(namedDataset).describe('The input datasets, named datasets/<datasetId>'),
    outputs: z.array(namedDataset),
  })
  .describe('An OpenLineage 2-0-2 RunEvent');

export const getRunOpenlineageOutput = z.array(openLineageRunEvent);

/** MCP answers must be objects: the tool wraps the list. */
export const getRunOpenlineageToolOutput = z.object({ events: getRunOpenlineageOutput });

export class GetRunOpenlineageQuery extends Query<OpenLineageRunEvent[]> {
  constructor(
    readonly input: GetRunOpenlineageInput,
    readonly meta: CommandMeta,
  ) {
    super();
  }
}
