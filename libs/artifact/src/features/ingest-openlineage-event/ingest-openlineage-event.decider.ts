import { Decider } from '@custody/kernel';
import { openLineageDatasetRef } from '../../aggregates/openlineage-run/openlineage-dataset';
import { OpenLineageEventType, OpenLineageRunEvent } from '../../aggregates/openlineage-run/openlineage-run.events';
import { evolveOpenLineageRun } from '../../aggregates/openlineage-run/openlineage-run.evolve';
import {
  OpenLineageRunState,
  TERMINAL_STATES,
  initialOpenLineageRunState,
} from '../../aggregates/openlineage-run/openlineage-run.state';

interface DatasetInput {
  readonly namespace: string;
  readonly name: string;
  readonly facets?: unknown;
}

export interface IngestOpenlineageEvent {
  readonly runId: string;
  readonly eventType: OpenLineageEventType;
  readonly eventTime: string;
  readonly job: { readonly namespace: string; readonly name: string };
  readonly inputs: readonly DatasetInput[];
  readonly outputs: readonly DatasetInput[];
  readonly producer: string;
}

/**
 * Records an OpenLineage RunEvent in the run's stream: events of one run merge (its inputs and outputs add up),
 * the same event again (eventType and eventTime) records nothing, and a terminal state stays terminal.
 */
export const ingestOpenlineageEventDecider: Decider<OpenLineageRunState, IngestOpenlineageEvent, OpenLineageRunEvent> =
  {
    initialState: initialOpenLineageRunState,
    evolve: evolveOpenLineageRun,
    decide(state, command) {
      if (state.seen.includes(`${command.eventType}|${command.eventTime}`)) return [];
      const terminal = state.state !== null && TERMINAL_STATES.includes(state.state);
      const next =
        terminal && !TERMINAL_STATES.includes(command.eventType)
          ? state.state!
          : command.eventType === 'OTHER' && state.state !== null
            ? state.state
            : command.eventType;
      return [
        {
          type: 'OpenLineageRunEventRecorded',
          data: {
            runId: command.runId,
            eventType: command.eventType,
            eventTime: command.eventTime,
            job: { namespace: command.job.namespace, name: command.job.name },
            inputs: command.inputs.map(openLineageDatasetRef),
            outputs: command.outputs.map(openLineageDatasetRef),
            producer: command.producer,
            state: next,
          },
        },
      ];
    },
  };
