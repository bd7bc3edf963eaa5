import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { AggregateRepository, authorize } from '@custody/platform';
import { AcquisitionView } from '../../aggregates/acquisition/acquisition.state';
import { runAcquisitionTransition } from '../../acquisitions/run-transition';
import { ClearAcquisitionCommand } from './clear-acquisition.command';
import { clearAcquisitionDecider } from './clear-acquisition.decider';

@CommandHandler(ClearAcquisitionCommand)
export class ClearAcquisitionHandler implements ICommandHandler<ClearAcquisitionCommand> {
  constructor(private readonly aggregates: AggregateRepository) {}

  execute({ input, meta }: ClearAcquisitionCommand): Promise<AcquisitionView> {
    authorize(meta, 'command');
    return runAcquisitionTransition(this.aggregates, meta, clearAcquisitionDecider, {
      acquisitionId: input.acquisitionId,
      host: input.host ?? 'api',
    });
  }
}
