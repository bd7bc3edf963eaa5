import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { AggregateRepository, authorize } from '@custody/platform';
import { decideFixtureAttachment } from '../../fixture-attachments/decide-fixture-attachment';
import { AttachAssetToFixtureCommand } from './attach-asset-to-fixture.command';
import { attachAssetToFixtureDecider } from './attach-asset-to-fixture.decider';

/** Asset and fixture are locked and written in one transaction (AssetAttachedToFixture + FixtureAssetAttached). */
@CommandHandler(AttachAssetToFixtureCommand)
export class AttachAssetToFixtureHandler implements ICommandHandler<AttachAssetToFixtureCommand> {
  constructor(private readonly aggregates: AggregateRepository) {}

  async execute({ input, meta }: AttachAssetToFixtureCommand): Promise<void> {
    authorize(meta, 'command');
    await decideFixtureAttachment(this.aggregates, meta, attachAssetToFixtureDecider, {
      assetId: input.assetId,
      fixtureId: input.fixtureId,
    });
  }
}
