import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { AggregateRepository, authorize } from '@custody/platform';
import { ASSET_STREAM } from '../../aggregates/asset/asset.events';
import { ActivateAssetCommand } from './activate-asset.command';
import { activateAssetDecider } from './activate-asset.decider';

@CommandHandler(ActivateAssetCommand)
export class ActivateAssetHandler implements ICommandHandler<ActivateAssetCommand> {
  constructor(private readonly aggregates: AggregateRepository) {}

  async execute({ input, meta }: ActivateAssetCommand): Promise<void> {
    authorize(meta, 'command');
    await this.aggregates.execute({
      decider: activateAssetDecider,
      streamType: ASSET_STREAM,
      streamId: input.assetId,
      command: { assetId: input.assetId },
      meta,
    });
  }
}
