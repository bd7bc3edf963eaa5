import fc from 'fast-check';
import { fold, given } from '@custody/kernel';
import { OpenLineageEventType, OpenLineageRunEvent } from '../../aggregates/openlineage-run/openlineage-run.events';
import { IngestOpenlineageEvent, ingestOpenlineageEventDecider } from './ingest-openlineage-event.decider';

const runId = '0190a000-0000-7000-8000-0000000000d1';
const event = (
  eventType: OpenLineageEventType,
  eventTime = `2026-01-01T00:00:0${eventType.length % 10}Z`,
): IngestOpenlineageEvent => ({
  runId,
  eventType,
  eventTime,
  job: { namespace: 'beamline', name: 'reduce' },
  inputs: [{ namespace: 'file:///data', name: 'raw.h5' }],
  outputs: [
    {
      namespace: 'file:///data',
      name: 'reduced.h5',
      facets: { checksum: { _producer: 'x', _schemaURL: 'y', algorithm: 'sha256', digest: 'A'.repeat(64) } },
    },
  ],
  producer: 'https://example.org/producer',
});
const recorded = (command: IngestOpenlineageEvent, state: OpenLineageEventType): OpenLineageRunEvent => ({
  type: 'OpenLineageRunEventRecorded',
  data: {
    runId,
    eventType: command.eventType,
    eventTime: command.eventTime,
    job: command.job,
    inputs: [
      {
        nodeId: 'artifact:openlineage:file%3A%2F%2F%2Fdata:raw.h5',
        namespace: 'file:///data',
        name: 'raw.h5',
        hash: null,
      },
    ],
    outputs: [
      {
        nodeId: `artifact:sha256:${'a'.repeat(64)}`,
        namespace: 'file:///data',
        name: 'reduced.h5',
        hash: { algorithm: 'sha256', digest: 'a'.repeat(64) },
      },
    ],
    producer: command.producer,
    state,
  },
});

describe('ingest OpenLineage event', () => {
  it('records a run event; datasets are named by a hash facet, else by namespace and name', () => {
    given(ingestOpenlineageEventDecider, [])
      .when(event('START'), undefined)
      .then([recorded(event('START'), 'START')]);
  });

  it('records the same event only once', () => {
    given(ingestOpenlineageEventDecider, [recorded(event('START'), 'START')])
      .when(event('START'), undefined)
      .then([]);
  });

  it('keeps a terminal state when a late START arrives', () => {
    const late = event('START', '2026-01-01T00:00:00Z');
    given(ingestOpenlineageEventDecider, [recorded(event('COMPLETE'), 'COMPLETE')])
      .when(late, undefined)
      .then([recorded(late, 'COMPLETE')]);
  });

  it('ends in a terminal state once any terminal event arrived, whatever the order', () => {
    const types = fc.constantFrom<OpenLineageEventType>('START', 'RUNNING', 'COMPLETE', 'ABORT', 'FAIL', 'OTHER');
    fc.assert(
      fc.property(fc.array(fc.tuple(types, fc.nat({ max: 20 })), { minLength: 1, maxLength: 10 }), (sequence) => {
        let history: OpenLineageRunEvent[] = [];
        for (const [type, second] of sequence) {
          const outcome = given(ingestOpenlineageEventDecider, history).when(
            event(type, `2026-01-01T00:00:${String(second).padStart(2, '0')}Z`),
            undefined,
          ).outcome;
          if (!('events' in outcome)) return false;
          history = [...history, ...outcome.events];
        }
        const state = fold(ingestOpenlineageEventDecider.evolve, ingestOpenlineageEventDecider.initialState, history);
        const sawTerminal = sequence.some(([t]) => ['COMPLETE', 'ABORT', 'FAIL'].includes(t));
        return sawTerminal === ['COMPLETE', 'ABORT', 'FAIL'].includes(state.state ?? '');
      }),
    );
  });
});
