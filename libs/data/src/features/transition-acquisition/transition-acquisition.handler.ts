import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { AggregateRepository, authorize } from '@custody/platform';
import { AcquisitionView } from '../../aggregates/acquisition/acquisition.state';
import { runAcquisitionTransition } from '../../acquisitions/run-transition';
import { TransitionAcquisitionCommand } from './transition-acquisition.command';
import { transitionAcquisitionDecider } from './transition-acquisition.decider';

@CommandHandler(TransitionAcquisitionCommand)
export class TransitionAcquisitionHandler implements ICommandHandler<TransitionAcquisitionCommand> {
  constructor(private readonly aggregates: AggregateRepository) {}

  execute({ input, meta }: TransitionAcquisitionCommand): Promise<AcquisitionView> {
    authorize(meta, 'worker');
    return runAcquisitionTransition(this.aggregates, meta, transitionAcquisitionDecider, input);
  }
}
