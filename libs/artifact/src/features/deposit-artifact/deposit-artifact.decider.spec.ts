import fc from 'fast-check';
import { given } from '@custody/kernel';
import { ArtifactEvent } from '../../aggregates/artifact/artifact.events';
import { DepositArtifact, depositArtifactDecider } from './deposit-artifact.decider';

const command: DepositArtifact = {
  artifactId: '0123456789abcdef0123456789abcdef',
  sizeBytes: 12,
  contentType: 'image/png',
  sha256: 'a'.repeat(64),
  createdBy: '0190a000-0000-7000-8000-0000000000e1',
};
const deposited: ArtifactEvent = {
  type: 'ArtifactDeposited',
  data: { ...command, createdAt: '2026-01-01T00:00:00.000Z' },
};

describe('deposit artifact', () => {
  it('records the facts of durable bytes, stamped with the time', () => {
    given(depositArtifactDecider, []).when(command, undefined).then([deposited]);
  });

  it('records an empty artifact', () => {
    given(depositArtifactDecider, [])
      .when({ ...command, sizeBytes: 0 }, undefined)
      .then([{ type: 'ArtifactDeposited', data: { ...deposited.data, sizeBytes: 0 } }]);
  });

  it('never records the same artifact twice', () => {
    given(depositArtifactDecider, [deposited]).when(command, undefined).thenFails('ArtifactAlreadyDeposited');
  });

  it('refuses malformed facts, naming each', () => {
    const error = given(depositArtifactDecider, [])
      .when(
        { artifactId: '../x', sizeBytes: -1, contentType: 'Text/HTML; charset=x', sha256: 'zz', createdBy: '' },
        undefined,
      )
      .thenFails('ValidationFailed');
    expect(error.errors?.map((e) => e.path)).toEqual(['artifactId', 'sizeBytes', 'contentType', 'sha256', 'createdBy']);
  });

  it('records exactly the facts it is given, for any well-formed deposit', () => {
    const hex = (length: number) =>
      fc.string({ unit: fc.constantFrom(...'0123456789abcdef'), minLength: length, maxLength: length });
    fc.assert(
      fc.property(
        hex(32),
        fc.nat({ max: Number.MAX_SAFE_INTEGER }),
        fc.constantFrom('application/octet-stream', 'text/plain', 'image/tiff', 'application/x-hdf5'),
        hex(64),
        fc.uuid(),
        (artifactId, sizeBytes, contentType, sha256, createdBy) => {
          const facts = { artifactId, sizeBytes, contentType, sha256, createdBy };
          given(depositArtifactDecider, [])
            .when(facts, undefined)
            .then([{ type: 'ArtifactDeposited', data: { ...facts, createdAt: '2026-01-01T00:00:00.000Z' } }]);
          given(depositArtifactDecider, [{ type: 'ArtifactDeposited', data: { ...facts, createdAt: 'x' } }])
            .when(facts, undefined)
            .thenFails('ArtifactAlreadyDeposited');
        },
      ),
    );
  });
});
