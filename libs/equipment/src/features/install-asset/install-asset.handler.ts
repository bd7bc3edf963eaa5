import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { AggregateRepository, authorize } from '@custody/platform';
import { ASSET_STREAM } from '../../aggregates/asset/asset.events';
import { evolveAsset } from '../../aggregates/asset/asset.evolve';
import { initialAssetState } from '../../aggregates/asset/asset.state';
import { MOUNT_STREAM } from '../../aggregates/mount/mount.events';
import { evolveMount } from '../../aggregates/mount/mount.evolve';
import { initialMountState } from '../../aggregates/mount/mount.state';
import { isAssetEvent, isMountEvent } from '../../aggregates/mount/mounting';
import { InstallAssetCommand } from './install-asset.command';
import { installAssetDecider } from './install-asset.decider';

@CommandHandler(InstallAssetCommand)
export class InstallAssetHandler implements ICommandHandler<InstallAssetCommand> {
  constructor(private readonly aggregates: AggregateRepository) {}

  async execute({ input, meta }: InstallAssetCommand): Promise<void> {
    authorize(meta, 'command');
    const { mountId, assetId } = input;
    await this.aggregates.transact(meta, async (unit) => {
      // Both streams locked (in a stable order) until commit: a concurrent install into this mount, or of
      // this asset, or a decommission of this asset, waits and then decides on what this one did.
      await unit.lock([mountId, assetId]);
      const mount = await unit.load({ evolve: evolveMount, initialState: initialMountState }, mountId);
      const asset = await unit.load({ evolve: evolveAsset, initialState: initialAssetState }, assetId);
      const events = installAssetDecider.decide(
        { mount: mount.state, asset: asset.state },
        { mountId, assetId },
        undefined,
        unit.deps,
      );
      unit.append(MOUNT_STREAM, mountId, events.filter(isMountEvent));
      unit.append(ASSET_STREAM, assetId, events.filter(isAssetEvent));
    });
  }
}
