import { Decider, conflict } from '@custody/kernel';
import { assetNotFound } from '../../aggregates/asset/asset.errors';
import { AssetEvent } from '../../aggregates/asset/asset.events';
import { evolveAsset } from '../../aggregates/asset/asset.evolve';
import { AssetState, initialAssetState } from '../../aggregates/asset/asset.state';
import {
  PidPrefixes,
  PidScheme,
  decidePidOutcome,
  pidRequestRecord,
} from '../../aggregates/persistent-id/persistent-id';

/**
 * Assigning an asset its persistent identifier takes two decisions around the registry call:
 * `request` (checked in API.md's order, recorded before the minter is called) and `record-outcome` (what the
 * registry answered).
 */
export type AssignAssetPersistentId =
  | { readonly kind: 'request'; readonly assetId: string; readonly scheme: PidScheme; readonly suffix: string | null }
  | {
      readonly kind: 'record-outcome';
      readonly assetId: string;
      readonly value: string;
      /** null: the registry holds the identifier; else why the mint failed (the registry's detail). */
      readonly failure: string | null;
    };

export interface AssignAssetPersistentIdContext {
  readonly prefixes: PidPrefixes;
}

export const assignAssetPersistentIdDecider: Decider<
  AssetState,
  AssignAssetPersistentId,
  AssetEvent,
  AssignAssetPersistentIdContext
> = {
  initialState: initialAssetState,
  evolve: evolveAsset,
  decide(state, command, context, deps) {
    if (!state.exists) throw assetNotFound(command.assetId);
    const what = `Asset ${command.assetId}`;
    if (command.kind === 'request') {
      if (state.lifecycle === 'Decommissioned') {
        throw conflict(
          'AssetPersistentIdAssignmentForbidden',
          `${what} is Decommissioned; a decommissioned asset is not assigned a persistent identifier.`,
        );
      }
      const requested = pidRequestRecord(
        state,
        { scheme: command.scheme, suffix: command.suffix },
        context.prefixes,
        'AssetPersistentIdAlreadyAssigned',
        what,
        deps,
      );
      return [{ type: 'AssetPersistentIdRequested', data: { assetId: command.assetId, ...requested } }];
    }
    const outcome = decidePidOutcome(state, command.value, command.failure, what, deps.now);
    switch (outcome.kind) {
      case 'unchanged':
        return [];
      case 'failed':
        return [
          {
            type: 'AssetPersistentIdMintFailed',
            data: { assetId: command.assetId, value: outcome.value, reason: outcome.reason, at: outcome.at },
          },
        ];
      case 'assigned':
        return [
          {
            type: 'AssetPersistentIdAssigned',
            data: { assetId: command.assetId, scheme: outcome.scheme, value: outcome.value, at: outcome.at },
          },
        ];
    }
  },
};
