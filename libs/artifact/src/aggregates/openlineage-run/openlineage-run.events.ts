import { DomainEvent } from '@custody/kernel';
import { ArtifactHash } from '../lineage-session/lineage-session.events';

export const OPENLINEAGE_EVENT_TYPES = ['START', 'RUNNING', 'COMPLETE', 'ABORT', 'FAIL', 'OTHER'] as const;
export type OpenLineageEventType = (typeof OPENLINEAGE_EVENT_TYPES)[number];

/** An OpenLineage dataset as the graph sees it: an artifact named by namespace + name, or by its hash. */
export interface OpenLineageDatasetRef {
  readonly nodeId: string;
  readonly namespace: string;
  readonly name: string;
  readonly hash: ArtifactHash | null;
}

export type OpenLineageRunEventRecorded = DomainEvent<
  'OpenLineageRunEventRecorded',
  {
    runId: string;
    eventType: OpenLineageEventType;
    eventTime: string;
    job: { namespace: string; name: string };
    inputs: OpenLineageDatasetRef[];
    outputs: OpenLineageDatasetRef[];
    producer: string;
    /** The run's state after this event (a terminal one is never undone by a late START or RUNNING). */
    state: OpenLineageEventType;
  }
>;

export type OpenLineageRunEvent = OpenLineageRunEventRecorded;

/** One stream per OpenLineage run, keyed by its runId. */
export const OPENLINEAGE_RUN_STREAM = 'artifact.openlineage-run';
