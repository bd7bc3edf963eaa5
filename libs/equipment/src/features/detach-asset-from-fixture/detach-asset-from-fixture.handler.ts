import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { AggregateRepository, authorize } from '@custody/platform';
import { decideFixtureAttachment } from '../../fixture-attachments/decide-fixture-attachment';
import { DetachAssetFromFixtureCommand } from './detach-asset-from-fixture.command';
import { detachAssetFromFixtureDecider } from './detach-asset-from-fixture.decider';

/** Asset and fixture are locked and written in one transaction (AssetDetachedFromFixture + FixtureAssetDetached). */
@CommandHandler(DetachAssetFromFixtureCommand)
export class DetachAssetFromFixtureHandler implements ICommandHandler<DetachAssetFromFixtureCommand> {
  constructor(private readonly aggregates: AggregateRepository) {}

  async execute({ input, meta }: DetachAssetFromFixtureCommand): Promise<void> {
    authorize(meta, 'command');
    await decideFixtureAttachment(this.aggregates, meta, detachAssetFromFixtureDecider, {
      assetId: input.assetId,
      fixtureId: input.fixtureId,
    });
  }
}
