import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { AggregateRepository, authorize } from '@custody/platform';
import { OPENLINEAGE_RUN_STREAM } from '../../aggregates/openlineage-run/openlineage-run.events';
import { IngestOpenlineageEventCommand, IngestOpenlineageEventOutput } from './ingest-openlineage-event.command';
import { ingestOpenlineageEventDecider } from './ingest-openlineage-event.decider';

@CommandHandler(IngestOpenlineageEventCommand)
export class IngestOpenlineageEventHandler implements ICommandHandler<IngestOpenlineageEventCommand> {
  constructor(private readonly aggregates: AggregateRepository) {}

  async execute({ input, meta }: IngestOpenlineageEventCommand): Promise<IngestOpenlineageEventOutput> {
    authorize(meta, 'worker');
    const runId = input.run.runId.toLowerCase();
    const { events, state } = await this.aggregates.execute({
      decider: ingestOpenlineageEventDecider,
      streamType: OPENLINEAGE_RUN_STREAM,
      streamId: runId,
      command: {
        runId,
        eventType: input.eventType ?? 'OTHER',
        eventTime: input.eventTime,
        job: { namespace: input.job.namespace, name: input.job.name },
        inputs: input.inputs ?? [],
        outputs: input.outputs ?? [],
        producer: input.producer,
      },
      meta,
    });
    return { runId, jobNodeId: `job:${runId}`, recorded: events.length > 0, state: state.state ?? 'OTHER' };
  }
}
