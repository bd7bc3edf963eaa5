import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { AggregateRepository, authorize } from '@custody/platform';
import { MATERIALIZATION_STREAM } from '../../aggregates/materialization/materialization.events';
import { CancelMaterializationCommand, CancelMaterializationOutput } from './cancel-materialization.command';
import { cancelMaterializationDecider } from './cancel-materialization.decider';

/** Records the cancel; the job (which rereads the stream between observations) cancels at the adapter. */
@CommandHandler(CancelMaterializationCommand)
export class CancelMaterializationHandler implements ICommandHandler<CancelMaterializationCommand> {
  constructor(private readonly aggregates: AggregateRepository) {}

  async execute({ input, meta }: CancelMaterializationCommand): Promise<CancelMaterializationOutput> {
    authorize(meta, 'worker');
    const { state } = await this.aggregates.execute({
      decider: cancelMaterializationDecider,
      streamType: MATERIALIZATION_STREAM,
      streamId: input.materializationId,
      command: { materializationId: input.materializationId, by: meta.principal.principalId },
      meta,
    });
    if (!state.exists) throw new Error('unreachable: the decider refuses a missing materialization');
    return { materializationId: state.materializationId, state: state.state, cancelRequested: state.cancelRequested };
  }
}
