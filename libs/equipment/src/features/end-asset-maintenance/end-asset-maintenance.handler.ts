import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { AggregateRepository, authorize } from '@custody/platform';
import { ASSET_STREAM } from '../../aggregates/asset/asset.events';
import { EndAssetMaintenanceCommand } from './end-asset-maintenance.command';
import { endAssetMaintenanceDecider } from './end-asset-maintenance.decider';

@CommandHandler(EndAssetMaintenanceCommand)
export class EndAssetMaintenanceHandler implements ICommandHandler<EndAssetMaintenanceCommand> {
  constructor(private readonly aggregates: AggregateRepository) {}

  async execute({ input, meta }: EndAssetMaintenanceCommand): Promise<void> {
    authorize(meta, 'command');
    await this.aggregates.execute({
      decider: endAssetMaintenanceDecider,
      streamType: ASSET_STREAM,
      streamId: input.assetId,
      command: { assetId: input.assetId },
      meta,
    });
  }
}
