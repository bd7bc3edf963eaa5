import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { AggregateRepository, authorize } from '@custody/platform';
import { ASSET_STREAM } from '../../aggregates/asset/asset.events';
import { BeginAssetMaintenanceCommand } from './begin-asset-maintenance.command';
import { beginAssetMaintenanceDecider } from './begin-asset-maintenance.decider';

@CommandHandler(BeginAssetMaintenanceCommand)
export class BeginAssetMaintenanceHandler implements ICommandHandler<BeginAssetMaintenanceCommand> {
  constructor(private readonly aggregates: AggregateRepository) {}

  async execute({ input, meta }: BeginAssetMaintenanceCommand): Promise<void> {
    authorize(meta, 'command');
    await this.aggregates.execute({
      decider: beginAssetMaintenanceDecider,
      streamType: ASSET_STREAM,
      streamId: input.assetId,
      command: { assetId: input.assetId },
      meta,
    });
  }
}
