import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { AggregateRepository, authorize } from '@custody/platform';
import { ASSET_STREAM } from '../../aggregates/asset/asset.events';
import { DecommissionAssetCommand } from './decommission-asset.command';
import { decommissionAssetDecider } from './decommission-asset.decider';

@CommandHandler(DecommissionAssetCommand)
export class DecommissionAssetHandler implements ICommandHandler<DecommissionAssetCommand> {
  constructor(private readonly aggregates: AggregateRepository) {}

  async execute({ input, meta }: DecommissionAssetCommand): Promise<void> {
    authorize(meta, 'command');
    // The asset stream is locked for the transaction: an install or attach of this asset (which lock and
    // append to it too) runs wholly before or wholly after, so the guards below cannot be outraced.
    await this.aggregates.execute({
      decider: decommissionAssetDecider,
      streamType: ASSET_STREAM,
      streamId: input.assetId,
      command: { assetId: input.assetId },
      meta,
    });
  }
}
