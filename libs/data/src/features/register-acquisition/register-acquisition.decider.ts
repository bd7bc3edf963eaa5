import { Decider, invalid } from '@custody/kernel';
import { AcquisitionEvent, ExpectedFile, Retention, RunKind } from '../../aggregates/acquisition/acquisition.events';
import { evolveAcquisition } from '../../aggregates/acquisition/acquisition.evolve';
import { AcquisitionState, initialAcquisitionState } from '../../aggregates/acquisition/acquisition.state';
import { tierNotFound } from '../../aggregates/tier/tier.errors';
import { TierState } from '../../aggregates/tier/tier.state';
import { resolveUnderRoot } from '../../aggregates/tier/tier-uri';

export interface RegisterAcquisition {
  readonly acquisitionId: string;
  readonly tierId: string;
  readonly path: string;
  readonly runKind: RunKind;
  readonly targetTierId: string | null;
  readonly retention: Retention;
  readonly assetId: string | null;
  readonly fixtureId: string | null;
  readonly expectedFiles: readonly ExpectedFile[] | null;
  readonly host: string | null;
}

export interface RegisterAcquisitionContext {
  readonly tier: TierState;
  /** The target tier, when one is named. */
  readonly targetTier: TierState | null;
}

/**
 * A new acquisition starts `staging`. TierNotFound (staging, then target tier); the target must be another tier;
 * the path must lie under the root.
 */
export const registerAcquisitionDecider: Decider<
  AcquisitionState,
  RegisterAcquisition,
  AcquisitionEvent,
  RegisterAcquisitionContext
> = {
  initialState: initialAcquisitionState,
  evolve: evolveAcquisition,
  decide(_state, command, { tier, targetTier }, { now }) {
    if (!tier.exists) throw tierNotFound(command.tierId);
    if (command.targetTierId !== null && !targetTier?.exists) throw tierNotFound(command.targetTierId);
    if (command.targetTierId === command.tierId) {
      throw invalid('AcquisitionTargetIsAcquisitionTier', 'targetTierId must name another tier than tierId.', [
        { path: 'targetTierId', message: 'must differ from tierId: the archive copy cannot be the staging copy' },
      ]);
    }
    const resolved = resolveUnderRoot(tier.rootUri, command.path);
    if (!resolved.ok) {
      throw invalid('AcquisitionPathOutsideTier', `path ${resolved.reason}.`, [
        { path: 'path', message: resolved.reason },
      ]);
    }
    return [
      {
        type: 'AcquisitionRegistered',
        data: {
          acquisitionId: command.acquisitionId,
          tierId: command.tierId,
          path: command.path,
          uri: resolved.value.uri,
          runKind: command.runKind,
          targetTierId: command.targetTierId,
          retention: command.retention,
          assetId: command.assetId,
          fixtureId: command.fixtureId,
          expectedFiles: command.expectedFiles,
          host: command.host,
          at: now,
        },
      },
    ];
  },
};
