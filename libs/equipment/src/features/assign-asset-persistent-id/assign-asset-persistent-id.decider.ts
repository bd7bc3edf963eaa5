import { Decider, conflict } from '@custody/kernel';
import { assetNotFound } from '../../aggregates/asset/asset.errors';
import { AssetEvent } from '../../aggregates/asset/asset.events';
import { evolveAsset } from '../../aggregates/asset/asset.evolve';
import { AssetState, initialAssetState } from '../../aggregates/asset/asset.state';
import { PidPrefixes, PidScheme, decidePidRequest } from '../../aggregates/persistent-id/persistent-id';
import { persistentIdNotPending } from '../../aggregates/persistent-id/persistent-id.errors';

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
      const decision = decidePidRequest(
        state,
        { scheme: command.scheme, suffix: command.suffix },
        context.prefixes,
        'AssetPersistentIdAlreadyAssigned',
        what,
        deps,
      );
      // A retry records the request again for the same identifier: it clears the failure and renews the lease,
      // so a concurrent retry is refused while this one is with the registry.
      return [
        {
          type: 'AssetPersistentIdRequested',
          data: {
            assetId: command.assetId,
            scheme: command.scheme,
            value: decision.value,
            requestedSuffix:
              decision.kind === 'retry' ? (state.pendingPersistentId?.requestedSuffix ?? null) : command.suffix,
            at: deps.now,
          },
        },
      ];
    }
    if (state.persistentId?.value === command.value) return [];
    const pending = state.pendingPersistentId;
    if (!pending || pending.value !== command.value) throw persistentIdNotPending(what, command.value);
    if (command.failure !== null) {
      return [
        {
          type: 'AssetPersistentIdMintFailed',
          data: { assetId: command.assetId, value: command.value, reason: command.failure, at: deps.now },
        },
      ];
    }
    return [
      {
        type: 'AssetPersistentIdAssigned',
        data: { assetId: command.assetId, scheme: pending.scheme, value: command.value, at: deps.now },
      },
    ];
  },
};
