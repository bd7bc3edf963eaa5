import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { AggregateRepository, authorize } from '@custody/platform';
import { ASSET_STREAM } from '../../aggregates/asset/asset.events';
import { evolveAsset } from '../../aggregates/asset/asset.evolve';
import { initialAssetState } from '../../aggregates/asset/asset.state';
import { MOUNT_STREAM } from '../../aggregates/mount/mount.events';
import { evolveMount } from '../../aggregates/mount/mount.evolve';
import { initialMountState } from '../../aggregates/mount/mount.state';
import { isAssetEvent, isMountEvent } from '../../aggregates/mount/mounting';
import { UninstallAssetCommand } from './uninstall-asset.command';
import { uninstallAssetDecider } from './uninstall-asset.decider';

const mountFold = { evolve: evolveMount, initialState: initialMountState };
const assetFold = { evolve: evolveAsset, initialState: initialAssetState };

@CommandHandler(UninstallAssetCommand)
export class UninstallAssetHandler implements ICommandHandler<UninstallAssetCommand> {
  constructor(private readonly aggregates: AggregateRepository) {}

  async execute({ input, meta }: UninstallAssetCommand): Promise<{ assetId: string }> {
    authorize(meta, 'command');
    const { mountId } = input;
    // A peek (no lock) at what the mount holds lets the unit lock mount and asset in the same stable order
    // as an install does; should the mount have changed meanwhile, the asset it now holds is locked too.
    const peek = await this.aggregates.load(mountFold, mountId);
    const peekedAssetId = peek.state.exists ? peek.state.assetId : null;
    return this.aggregates.transact(meta, async (unit) => {
      await unit.lock(peekedAssetId ? [mountId, peekedAssetId] : [mountId]);
      const mount = await unit.load(mountFold, mountId);
      const assetId = mount.state.exists ? mount.state.assetId : null;
      const asset = assetId ? (await unit.load(assetFold, assetId)).state : initialAssetState;
      const events = uninstallAssetDecider.decide({ mount: mount.state, asset }, { mountId }, undefined, unit.deps);
      unit.append(MOUNT_STREAM, mountId, events.filter(isMountEvent));
      if (assetId) unit.append(ASSET_STREAM, assetId, events.filter(isAssetEvent));
      return { assetId: assetId as string };
    });
  }
}
