import { Decider, conflict, invalid } from '@custody/kernel';
import { AssetEvent, Owner } from '../../aggregates/asset/asset.events';
import { evolveAsset } from '../../aggregates/asset/asset.evolve';
import { AssetState, initialAssetState } from '../../aggregates/asset/asset.state';
import { familyNotFound } from '../../aggregates/family/family.errors';
import { modelNotFound } from '../../aggregates/model/model.errors';

export interface RegisterAsset {
  readonly assetId: string;
  readonly name: string;
  readonly familyId: string;
  readonly modelId: string | null;
  readonly serialNumber: string | null;
  readonly owner: Owner | null;
}

/** Facts from other aggregates, loaded by the handler. */
export interface RegisterAssetContext {
  readonly familyExists: boolean;
  /** The model's family when `modelId` names an existing model, else null. */
  readonly modelFamilyId: string | null;
}

export const registerAssetDecider: Decider<AssetState, RegisterAsset, AssetEvent, RegisterAssetContext> = {
  initialState: initialAssetState,
  evolve: evolveAsset,
  decide(state, command, context, { now }) {
    if (state.exists) throw conflict('AssetAlreadyRegistered', `Asset ${command.assetId} is already registered.`);
    if (!context.familyExists) throw familyNotFound(command.familyId);
    if (command.modelId !== null) {
      if (context.modelFamilyId === null) throw modelNotFound(command.modelId);
      if (context.modelFamilyId !== command.familyId) {
        throw invalid(
          'AssetModelFamilyMismatch',
          `Model ${command.modelId} belongs to family ${context.modelFamilyId}, not ${command.familyId}.`,
          [{ path: 'modelId', message: 'the model belongs to another family' }],
        );
      }
    }
    return [
      {
        type: 'AssetRegistered',
        data: {
          assetId: command.assetId,
          name: command.name,
          familyId: command.familyId,
          modelId: command.modelId,
          serialNumber: command.serialNumber,
          owner: command.owner,
          registeredAt: now,
        },
      },
    ];
  },
};
