import { StartedRun } from './run.state';

export const OPENLINEAGE_RUN_EVENT_SCHEMA_URL = 'https://openlineage.io/spec/2-0-2/OpenLineage.json#/$defs/RunEvent';

export type OpenLineageEventType = 'START' | 'COMPLETE' | 'ABORT' | 'FAIL';

export interface OpenLineageRunEvent {
  readonly eventType: OpenLineageEventType;
  readonly eventTime: string;
  readonly producer: string;
  readonly schemaURL: string;
  readonly run: { readonly runId: string };
  readonly job: { readonly namespace: string; readonly name: string };
  readonly inputs: readonly { readonly namespace: string; readonly name: string }[];
  readonly outputs: readonly { readonly namespace: string; readonly name: string }[];
}

/** Completed ends well; an abort gives the run up on purpose; a stop ends a run that could not go on. */
const END_EVENT_TYPE: Record<string, OpenLineageEventType> = {
  RunCompleted: 'COMPLETE',
  RunAborted: 'ABORT',
  RunStopped: 'FAIL',
};

/**
 * A run as OpenLineage RunEvents: its START and, once ended, its COMPLETE / ABORT / FAIL, each naming the
 * method as the job and the input datasets as inputs, in `namespace` (this installation's public URL).
 * Hold and resume are not OpenLineage transitions and are left out.
 */
export function toOpenLineageRunEvents(
  run: StartedRun,
  options: { readonly namespace: string; readonly producer: string },
): OpenLineageRunEvent[] {
  const base = {
    producer: options.producer,
    schemaURL: OPENLINEAGE_RUN_EVENT_SCHEMA_URL,
    run: { runId: run.runId },
    job: { namespace: options.namespace, name: `methods/${run.methodId}` },
    inputs: run.inputDatasetIds.map((datasetId) => ({ namespace: options.namespace, name: `datasets/${datasetId}` })),
    outputs: [],
  };
  const events: OpenLineageRunEvent[] = [{ eventType: 'START', eventTime: run.startedAt, ...base }];
  for (const entry of run.history) {
    const eventType = END_EVENT_TYPE[entry.event];
    if (eventType) events.push({ eventType, eventTime: entry.at, ...base });
  }
  return events;
}
