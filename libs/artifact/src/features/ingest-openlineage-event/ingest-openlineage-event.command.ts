import { Command } from '@nestjs/cqrs';
import { CommandMeta } from '@custody/platform';
import { z } from 'zod';
import { OPENLINEAGE_EVENT_TYPES } from '../../aggregates/openlineage-run/openlineage-run.events';
import { openLineageRunEventErrors } from './openlineage-schema';

/** What a dataset's node id (URI-encoded namespace + name) may take, so it fits the graph's indexes. */
const MAX_NODE_NAME_BYTES = 1200;
const utf8Length = (s: string) => Buffer.byteLength(s, 'utf8');

const dataset = z
  .looseObject({
    namespace: z.string().min(1).max(1000).describe('The dataset’s namespace'),
    name: z.string().min(1).max(1200).describe('The dataset’s name within it'),
    facets: z
      .record(z.string(), z.unknown())
      .optional()
      .describe('Dataset facets; a hash facet identifies the artifact'),
  })
  .superRefine((d, ctx) => {
    if (utf8Length(encodeURIComponent(d.namespace)) + utf8Length(d.name) > MAX_NODE_NAME_BYTES) {
      ctx.addIssue({
        code: 'custom',
        path: ['name'],
        message: `namespace (URI-encoded) and name take at most ${MAX_NODE_NAME_BYTES} bytes together`,
      });
    }
  });

/**
 * An OpenLineage RunEvent (spec 2-0-2). The shape here names the fields custody reads; the whole event is
 * validated against the repository's copy of the OpenLineage JSON Schema (RunEvent), every problem reported.
 */
export const ingestOpenlineageEventInput = z
  .looseObject({
    eventType: z.enum(OPENLINEAGE_EVENT_TYPES).optional().describe('START, RUNNING, COMPLETE, ABORT, FAIL or OTHER'),
    eventTime: z.string().describe('When it happened (ISO 8601 date-time)'),
    producer: z.string().describe('URI of the producer'),
    schemaURL: z.string().describe('URI of the OpenLineage schema the event follows'),
    run: z.looseObject({ runId: z.string().describe('The run’s UUID') }).describe('The run: { runId, facets? }'),
    job: z
      .looseObject({
        namespace: z.string().min(1).max(1000).describe('The job’s namespace'),
        name: z.string().min(1).max(4000).describe('The job’s name'),
      })
      .describe('The job: { namespace, name, facets? }'),
    inputs: z.array(dataset).max(10_000).optional().describe('Input datasets'),
    outputs: z.array(dataset).max(10_000).optional().describe('Output datasets'),
  })
  .superRefine((event, ctx) => {
    for (const error of openLineageRunEventErrors(event)) {
      ctx.addIssue({ code: 'custom', path: error.path ? error.path.split('.') : [], message: error.message });
    }
  });
export type IngestOpenlineageEventInput = z.output<typeof ingestOpenlineageEventInput>;

export const ingestOpenlineageEventOutput = z.strictObject({
  runId: z.guid(),
  jobNodeId: z.string().describe('The graph node of the run, as a job: job:<runId>'),
  recorded: z.boolean().describe('false when this event (eventType and eventTime) had been recorded before'),
  state: z.enum(OPENLINEAGE_EVENT_TYPES).describe('The run’s state after the event'),
});
export type IngestOpenlineageEventOutput = z.output<typeof ingestOpenlineageEventOutput>;

export class IngestOpenlineageEventCommand extends Command<IngestOpenlineageEventOutput> {
  constructor(
    readonly input: IngestOpenlineageEventInput,
    readonly meta: CommandMeta,
  ) {
    super();
  }
}
