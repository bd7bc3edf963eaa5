import fc from 'fast-check';
import { isDomainError } from '@custody/kernel';
import { expectValidPidinst, validatePidinst } from '../../../../tools/pidinst/pidinst-schema';
import { Owner } from '../aggregates/asset/asset.events';
import { RegisteredAsset } from '../aggregates/asset/asset.state';
import { RegisteredFixture } from '../aggregates/fixture/fixture.state';
import { noPersistentId } from '../aggregates/persistent-id/persistent-id';
import { buildAssetPidinst, buildFixturePidinst, requireCompletePidinst } from './build-pidinst';
import { AssetPidinstFacts } from './pidinst-facts';

const publicUrl = 'https://custody.example.org';
const assetId = '0190a000-0000-7000-8000-0000000000a1';
const fixtureId = '0190a000-0000-7000-8000-0000000000b1';
const ror = { identifier: 'https://ror.org/01js2sh04', identifierType: 'ROR' };

const asset = (overrides: Partial<RegisteredAsset> = {}): RegisteredAsset => ({
  exists: true,
  assetId,
  name: 'Pilatus 6M',
  familyId: '0190a000-0000-7000-8000-0000000000f1',
  modelId: '0190a000-0000-7000-8000-0000000000c1',
  serialNumber: '60-0123',
  owner: { name: 'Beamline 7', contact: 'bl7@example.org', ...ror },
  lifecycle: 'Active',
  mountId: null,
  fixtureId: null,
  ...noPersistentId,
  commissionedAt: '2026-01-02T10:00:00.000Z',
  decommissionedAt: null,
  ...overrides,
});

const facts = (overrides: Partial<AssetPidinstFacts> = {}): AssetPidinstFacts => ({
  asset: asset(),
  familyName: 'Area detectors',
  model: {
    name: 'Pilatus3 X 6M',
    manufacturer: { name: 'Dectris', identifier: 'https://ror.org/02xyz', identifierType: 'ROR' },
  },
  fixturePersistentId: null,
  ...overrides,
});

describe('PIDINST records', () => {
  it('describes an asset before assignment with its urn:uuid and validates against the schema', () => {
    const record = buildAssetPidinst(facts(), { publicUrl });
    expect(record).toEqual({
      identifier: { identifier: `urn:uuid:${assetId}`, identifierType: 'URN' },
      schemaVersion: '1.0',
      landingPage: `${publicUrl}/v1/assets/${assetId}/pidinst`,
      name: 'Pilatus 6M',
      owners: [
        {
          ownerName: 'Beamline 7',
          ownerContact: 'bl7@example.org',
          ownerIdentifier: { ownerIdentifier: 'https://ror.org/01js2sh04', ownerIdentifierType: 'ROR' },
        },
      ],
      manufacturers: [
        {
          manufacturerName: 'Dectris',
          manufacturerIdentifier: {
            manufacturerIdentifier: 'https://ror.org/02xyz',
            manufacturerIdentifierType: 'ROR',
          },
        },
      ],
      model: { modelName: 'Pilatus3 X 6M' },
      instrumentTypes: [{ instrumentTypeName: 'Area detectors' }],
      dates: [{ date: '2026-01-02', dateType: 'Commissioned' }],
      alternateIdentifiers: [{ alternateIdentifier: '60-0123', alternateIdentifierType: 'SerialNumber' }],
    });
    expectValidPidinst(record);
  });

  it('names the assigned DOI, the decommission date and the fixture it is a component of', () => {
    const record = buildAssetPidinst(
      facts({
        asset: asset({
          persistentId: { scheme: 'DOI', value: '10.5072/pilatus' },
          lifecycle: 'Decommissioned',
          decommissionedAt: '2026-05-06T23:59:59.999Z',
        }),
        fixturePersistentId: { scheme: 'Handle', value: '20.500.12345/fx' },
      }),
      { publicUrl },
    );
    expect(record.identifier).toEqual({ identifier: '10.5072/pilatus', identifierType: 'DOI' });
    expect(record.dates).toEqual([
      { date: '2026-01-02', dateType: 'Commissioned' },
      { date: '2026-05-06', dateType: 'DeCommissioned' },
    ]);
    expect(record.relatedIdentifiers).toEqual([
      { relatedIdentifier: '20.500.12345/fx', relatedIdentifierType: 'Handle', relationType: 'IsComponentOf' },
    ]);
    expectValidPidinst(record);
  });

  it('names the identifier being minted when asked to', () => {
    const record = buildAssetPidinst(facts(), { publicUrl, identifier: { scheme: 'Handle', value: '20.500.12345/x' } });
    expect(record.identifier).toEqual({ identifier: '20.500.12345/x', identifierType: 'Handle' });
  });

  it('omits what is unknown (no model, no serial number, no family) rather than writing null', () => {
    const record = buildAssetPidinst(
      facts({ asset: asset({ serialNumber: null, modelId: null }), model: null, familyName: null }),
      { publicUrl },
    );
    expect(Object.keys(record)).not.toEqual(expect.arrayContaining(['model']));
    expect(record).not.toHaveProperty('model');
    expect(record).not.toHaveProperty('alternateIdentifiers');
    expect(record).not.toHaveProperty('instrumentTypes');
    expect(JSON.stringify(record)).not.toContain('null');
    expect(record.manufacturers).toEqual([]);
  });

  it('infers an identifier type that was not given, and leaves out a contact that is not an e-mail', () => {
    const record = buildAssetPidinst(
      facts({ asset: asset({ owner: { name: 'BL7', contact: 'room 12', identifier: 'https://ror.org/01js2sh04' } }) }),
      { publicUrl },
    );
    expect(record.owners).toEqual([
      {
        ownerName: 'BL7',
        ownerIdentifier: { ownerIdentifier: 'https://ror.org/01js2sh04', ownerIdentifierType: 'ROR' },
      },
    ]);
    expectValidPidinst(record);
  });

  it('refuses an incomplete record with PidinstIncomplete naming what is missing', () => {
    const noOwner = buildAssetPidinst(facts({ asset: asset({ owner: null }) }), { publicUrl });
    expect(() => requireCompletePidinst(noOwner, `Asset ${assetId}`)).toThrow(/lacks an owner/);
    const noModel = buildAssetPidinst(facts({ model: null }), { publicUrl });
    try {
      requireCompletePidinst(noModel, `Asset ${assetId}`);
      throw new Error('expected PidinstIncomplete');
    } catch (error) {
      expect(isDomainError(error) && error.code).toBe('PidinstIncomplete');
      expect(isDomainError(error) && error.family).toBe('Conflict');
    }
    expect(validatePidinst(noModel).valid).toBe(false);
  });

  describe('of a fixture', () => {
    const fixture: RegisteredFixture = {
      exists: true,
      fixtureId,
      assemblyId: '0190a000-0000-7000-8000-0000000000e1',
      slotAssetBindings: [],
      parameterOverrides: null,
      attachedAssetIds: [],
      ...noPersistentId,
      registeredAt: '2026-02-03T04:05:06.000Z',
    };
    const bound = (n: number, owner: Owner | null, manufacturer: string | null, doi?: string): AssetPidinstFacts =>
      facts({
        asset: asset({
          assetId: `0190a000-0000-7000-8000-00000000000${n}`,
          name: `Asset ${n}`,
          owner,
          persistentId: doi ? { scheme: 'DOI', value: doi } : null,
        }),
        model: manufacturer ? { name: `M${n}`, manufacturer: { name: manufacturer } } : null,
      });

    it('unites the owners and manufacturers of its bound assets, and lists their identifiers as components', () => {
      const record = buildFixturePidinst(
        {
          fixture,
          assemblyName: 'MX end station',
          boundAssets: [
            bound(1, { name: 'Beamline 7', ...ror }, 'Dectris', '10.5072/a1'),
            bound(2, { name: 'beamline 7 (again)', ...ror }, 'dectris'),
            bound(3, { name: 'Sample environment group' }, 'Huber', '10.5072/a3'),
            bound(4, null, null),
          ],
        },
        { publicUrl },
      );
      expect(record).toEqual({
        identifier: { identifier: `urn:uuid:${fixtureId}`, identifierType: 'URN' },
        schemaVersion: '1.0',
        landingPage: `${publicUrl}/v1/fixtures/${fixtureId}/pidinst`,
        name: 'MX end station',
        owners: [
          { ownerName: 'Beamline 7', ownerIdentifier: { ownerIdentifier: ror.identifier, ownerIdentifierType: 'ROR' } },
          { ownerName: 'Sample environment group' },
        ],
        manufacturers: [{ manufacturerName: 'Dectris' }, { manufacturerName: 'Huber' }],
        dates: [{ date: '2026-02-03', dateType: 'Commissioned' }],
        relatedIdentifiers: [
          {
            relatedIdentifier: '10.5072/a1',
            relatedIdentifierType: 'DOI',
            relationType: 'HasComponent',
            relatedIdentifierName: 'Asset 1',
          },
          {
            relatedIdentifier: '10.5072/a3',
            relatedIdentifierType: 'DOI',
            relationType: 'HasComponent',
            relatedIdentifierName: 'Asset 3',
          },
        ],
      });
      expectValidPidinst(record);
    });

    it('is incomplete when no bound asset has an owner or a manufacturer', () => {
      const record = buildFixturePidinst(
        { fixture, assemblyName: 'MX', boundAssets: [bound(1, null, 'Dectris')] },
        { publicUrl },
      );
      expect(() => requireCompletePidinst(record, `Fixture ${fixtureId}`)).toThrow(/lacks an owner/);
    });
  });

  it('every complete record validates against the PIDINST 1.0 schema, whatever the inputs', () => {
    const text = fc.string({ minLength: 1, maxLength: 40 });
    const instant = fc
      .integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2099, 11, 31) })
      .map((ms) => new Date(ms).toISOString());
    const owner = fc.record(
      {
        name: text,
        contact: fc.oneof(fc.emailAddress(), text),
        identifier: text,
        identifierType: text,
      },
      { requiredKeys: ['name'] },
    );
    const manufacturer = fc.record({ name: text, identifier: text, identifierType: text }, { requiredKeys: ['name'] });
    const pid = fc.option(fc.record({ scheme: fc.constantFrom('DOI' as const, 'Handle' as const), value: text }), {
      nil: null,
    });
    const assetFacts = fc.record({
      name: text,
      serialNumber: fc.option(text, { nil: null }),
      owner,
      manufacturer,
      modelName: text,
      familyName: fc.option(text, { nil: null }),
      commissionedAt: instant,
      decommissionedAt: fc.option(instant, { nil: null }),
      persistentId: pid,
      fixturePersistentId: pid,
    });
    fc.assert(
      fc.property(fc.array(assetFacts, { minLength: 1, maxLength: 4 }), (generated) => {
        const all = generated.map((g, i): AssetPidinstFacts => ({
          asset: asset({
            assetId: `0190a000-0000-7000-8000-00000000000${i}`,
            name: g.name,
            serialNumber: g.serialNumber,
            owner: g.owner,
            persistentId: g.persistentId,
            commissionedAt: g.commissionedAt,
            decommissionedAt: g.decommissionedAt,
          }),
          familyName: g.familyName,
          model: { name: g.modelName, manufacturer: g.manufacturer },
          fixturePersistentId: g.fixturePersistentId,
        }));
        for (const f of all) {
          const record = requireCompletePidinst(buildAssetPidinst(f, { publicUrl }), 'asset');
          expectValidPidinst(record);
        }
        const fixtureRecord = buildFixturePidinst(
          {
            fixture: {
              exists: true,
              fixtureId,
              assemblyId: fixtureId,
              slotAssetBindings: [],
              parameterOverrides: null,
              attachedAssetIds: [],
              ...noPersistentId,
              registeredAt: generated[0].commissionedAt,
            },
            assemblyName: generated[0].name,
            boundAssets: all,
          },
          { publicUrl },
        );
        expectValidPidinst(requireCompletePidinst(fixtureRecord, 'fixture'));
      }),
      { numRuns: 200 },
    );
  });
});
