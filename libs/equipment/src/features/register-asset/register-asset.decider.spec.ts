import fc from 'fast-check';
import { given } from '@custody/kernel';
import { AssetEvent } from '../../aggregates/asset/asset.events';
import { RegisterAsset, RegisterAssetContext, registerAssetDecider } from './register-asset.decider';

const assetId = '0190a000-0000-7000-8000-0000000000a1';
const familyId = '0190a000-0000-7000-8000-0000000000f1';
const modelId = '0190a000-0000-7000-8000-0000000000c1';
const command: RegisterAsset = {
  assetId,
  name: 'Pilatus 6M',
  familyId,
  modelId: null,
  serialNumber: 'SN-1',
  owner: { name: 'Beamline 7' },
};
const known: RegisterAssetContext = { familyExists: true, modelFamilyId: null };
const registered: AssetEvent = {
  type: 'AssetRegistered',
  data: { ...command, registeredAt: '2026-01-01T00:00:00.000Z' },
};

describe('register asset', () => {
  it('registers an asset of a known family', () => {
    given(registerAssetDecider, []).when(command, known).then([registered]);
  });

  it('registers an asset of a model of its family', () => {
    given(registerAssetDecider, [])
      .when({ ...command, modelId }, { familyExists: true, modelFamilyId: familyId })
      .then([{ type: 'AssetRegistered', data: { ...registered.data, modelId } } as AssetEvent]);
  });

  it('refuses an unknown family before an unknown model', () => {
    given(registerAssetDecider, [])
      .when({ ...command, modelId }, { familyExists: false, modelFamilyId: null })
      .thenFails('FamilyNotFound');
  });

  it('refuses an unknown model', () => {
    given(registerAssetDecider, [])
      .when({ ...command, modelId }, known)
      .thenFails('ModelNotFound');
  });

  it('refuses a model of another family', () => {
    given(registerAssetDecider, [])
      .when({ ...command, modelId }, { familyExists: true, modelFamilyId: '0190a000-0000-7000-8000-0000000000f2' })
      .thenFails('AssetModelFamilyMismatch');
  });

  it('refuses to register the same asset twice', () => {
    given(registerAssetDecider, [registered]).when(command, known).thenFails('AssetAlreadyRegistered');
  });

  it('never registers an asset whose family is unknown, whatever else the command says', () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 1 }),
        fc.option(fc.string()),
        fc.option(fc.uuid()),
        (name, serialNumber, model) => {
          given(registerAssetDecider, [])
            .when(
              { ...command, name, serialNumber, modelId: model },
              { familyExists: false, modelFamilyId: model ? familyId : null },
            )
            .thenFails('FamilyNotFound');
        },
      ),
    );
  });
});
