import fc from 'fast-check';
import { fold, given } from '@custody/kernel';
import { AssemblyEvent } from '../../aggregates/assembly/assembly.events';
import { evolveAssembly } from '../../aggregates/assembly/assembly.evolve';
import { AssemblyState, initialAssemblyState } from '../../aggregates/assembly/assembly.state';
import { AssetEvent } from '../../aggregates/asset/asset.events';
import { evolveAsset } from '../../aggregates/asset/asset.evolve';
import { AssetState, initialAssetState } from '../../aggregates/asset/asset.state';
import { FixtureEvent, SlotAssetBinding } from '../../aggregates/fixture/fixture.events';
import { RegisterFixture, RegisterFixtureContext, registerFixtureDecider } from './register-fixture.decider';

const at = '2026-01-01T00:00:00.000Z';
const fixtureId = '0190a000-0000-7000-8000-0000000000c1';
const assemblyId = '0190a000-0000-7000-8000-0000000000b1';
const detectors = '0190a000-0000-7000-8000-0000000000f1';
const stages = '0190a000-0000-7000-8000-0000000000f2';
const mountId = '0190a000-0000-7000-8000-0000000000d1';
const a1 = '0190a000-0000-7000-8000-0000000000a1';
const a2 = '0190a000-0000-7000-8000-0000000000a2';
const a3 = '0190a000-0000-7000-8000-0000000000a3';

const assemblyRegistered: AssemblyEvent = {
  type: 'AssemblyRegistered',
  data: {
    assemblyId,
    name: 'SAXS end station',
    slots: [
      { name: 'detector', familyId: detectors, count: 1 },
      { name: 'stage', familyId: stages, count: 2 },
    ],
    registeredAt: at,
  },
};
const assemblyDeprecated: AssemblyEvent = { type: 'AssemblyDeprecated', data: { assemblyId, at } };
const assembly = (...events: AssemblyEvent[]): AssemblyState => fold(evolveAssembly, initialAssemblyState, events);

type AssetShape = 'installed' | 'uninstalled' | 'decommissioned' | 'maintenance';
function asset(assetId: string, familyId: string, shape: AssetShape = 'installed'): AssetState {
  const events: AssetEvent[] = [
    {
      type: 'AssetRegistered',
      data: { assetId, name: assetId, familyId, modelId: null, serialNumber: null, owner: null, registeredAt: at },
    },
    { type: 'AssetActivated', data: { assetId, at } },
  ];
  if (shape === 'installed' || shape === 'maintenance')
    events.push({ type: 'AssetInstalled', data: { assetId, mountId, at } });
  if (shape === 'maintenance') events.push({ type: 'AssetMaintenanceBegun', data: { assetId, at } });
  if (shape === 'decommissioned') events.push({ type: 'AssetDecommissioned', data: { assetId, at } });
  return fold(evolveAsset, initialAssetState, events);
}

const bindings: SlotAssetBinding[] = [
  { slotName: 'detector', assetId: a1 },
  { slotName: 'stage', assetId: a2 },
  { slotName: 'stage', assetId: a3 },
];
const command: RegisterFixture = { fixtureId, assemblyId, slotAssetBindings: bindings, parameterOverrides: null };
const context = (overrides: Record<string, AssetState> = {}, assemblyState = assembly(assemblyRegistered)) => ({
  assembly: assemblyState,
  assets: new Map(
    Object.entries({ [a1]: asset(a1, detectors), [a2]: asset(a2, stages), [a3]: asset(a3, stages), ...overrides }),
  ),
});
const registered: FixtureEvent = {
  type: 'FixtureRegistered',
  data: { fixtureId, assemblyId, slotAssetBindings: bindings, parameterOverrides: null, registeredAt: at },
};

describe('register fixture', () => {
  it('registers a fixture whose every slot is filled with installed assets of its family', () => {
    given(registerFixtureDecider, []).when(command, context()).then([registered]);
  });

  it('keeps the parameter overrides and accepts an installed asset under maintenance', () => {
    const parameterOverrides = { exposureSeconds: 0.5, mode: 'fast' };
    given(registerFixtureDecider, [])
      .when({ ...command, parameterOverrides }, context({ [a2]: asset(a2, stages, 'maintenance') }))
      .then([{ type: 'FixtureRegistered', data: { ...registered.data, parameterOverrides } } as FixtureEvent]);
  });

  it('refuses an unknown or deprecated assembly before looking at the assets', () => {
    given(registerFixtureDecider, [])
      .when(command, context({ [a1]: initialAssetState }, initialAssemblyState))
      .thenFails('AssemblyNotFound');
    given(registerFixtureDecider, [])
      .when(command, context({ [a1]: initialAssetState }, assembly(assemblyRegistered, assemblyDeprecated)))
      .thenFails('AssemblyCannotInstantiate');
  });

  it('refuses an unknown asset, naming the smallest unknown assetId', () => {
    const error = given(registerFixtureDecider, [])
      .when(command, context({ [a3]: initialAssetState, [a2]: initialAssetState }))
      .thenFails('FixtureAssetNotFound');
    expect(error.message).toContain(a2);
  });

  it('refuses a decommissioned asset before an uninstalled one', () => {
    const error = given(registerFixtureDecider, [])
      .when(command, context({ [a1]: asset(a1, detectors, 'uninstalled'), [a3]: asset(a3, stages, 'decommissioned') }))
      .thenFails('FixtureAssetNotAttachable');
    expect(error.message).toContain(a3);
  });

  it('refuses an asset in no mount', () => {
    const error = given(registerFixtureDecider, [])
      .when(command, context({ [a2]: asset(a2, stages, 'uninstalled'), [a3]: asset(a3, stages, 'uninstalled') }))
      .thenFails('FixtureAssetNotInstalled');
    expect(error.message).toContain(a2);
  });

  it('refuses a binding to a slot the assembly lacks, naming the slot and the asset', () => {
    const error = given(registerFixtureDecider, [])
      .when({ ...command, slotAssetBindings: [...bindings.slice(0, 2), { slotName: 'Stage', assetId: a3 }] }, context())
      .thenFails('FixtureUnknownSlot');
    expect(error.message).toContain('"Stage"');
    expect(error.message).toContain(a3);
    expect(error.errors).toEqual([{ path: 'slotAssetBindings.2.slotName', message: expect.any(String) }]);
  });

  it('refuses a slot with too few or too many assets, or left empty', () => {
    given(registerFixtureDecider, [])
      .when({ ...command, slotAssetBindings: bindings.slice(0, 2) }, context())
      .thenFails('FixtureMappingIncomplete');
    const emptyDetector = given(registerFixtureDecider, [])
      .when({ ...command, slotAssetBindings: bindings.slice(1) }, context())
      .thenFails('FixtureMappingIncomplete');
    expect(emptyDetector.message).toContain('"detector"');
    const overfull = given(registerFixtureDecider, [])
      .when(
        { ...command, slotAssetBindings: bindings.map((b) => ({ ...b, slotName: 'stage' })) },
        context({ [a1]: asset(a1, stages) }),
      )
      .thenFails('FixtureMappingIncomplete');
    expect(overfull.errors).toEqual([
      { path: 'slotAssetBindings', message: expect.stringContaining('"detector"') },
      { path: 'slotAssetBindings', message: expect.stringContaining('"stage"') },
    ]);
    expect(overfull.message).toContain('"detector"');
    given(registerFixtureDecider, [])
      .when({ ...command, slotAssetBindings: [] }, context())
      .thenFails('FixtureMappingIncomplete');
  });

  it('refuses an asset of another family than its slot takes, naming the smallest assetId', () => {
    const error = given(registerFixtureDecider, [])
      .when(command, context({ [a3]: asset(a3, detectors), [a1]: asset(a1, stages) }))
      .thenFails('FixtureAssetFamilyMismatch');
    expect(error.message).toContain(a1);
    expect(error.errors).toHaveLength(2);
  });

  it('refuses the same asset bound twice', () => {
    given(registerFixtureDecider, [])
      .when({ ...command, slotAssetBindings: [...bindings, { slotName: 'detector', assetId: a1 }] }, context())
      .thenFails('ValidationFailed');
  });

  it('refuses to register the same fixture twice', () => {
    given(registerFixtureDecider, [registered]).when(command, context()).thenFails('FixtureAlreadyRegistered');
  });

  /** An independent statement of the contract's order of checks, to compare the decider with. */
  function expectedRefusal(cmd: RegisterFixture, ctx: RegisterFixtureContext): { code: string; names: string } | null {
    if (!ctx.assembly.exists) return { code: 'AssemblyNotFound', names: assemblyId };
    if (ctx.assembly.deprecated) return { code: 'AssemblyCannotInstantiate', names: assemblyId };
    const ids = cmd.slotAssetBindings.map((b) => b.assetId).sort();
    const state = (id: string) => ctx.assets.get(id) ?? initialAssetState;
    const checks: [string, (id: string) => boolean][] = [
      ['FixtureAssetNotFound', (id) => !state(id).exists],
      [
        'FixtureAssetNotAttachable',
        (id) => {
          const s = state(id);
          return s.exists && s.lifecycle === 'Decommissioned';
        },
      ],
      [
        'FixtureAssetNotInstalled',
        (id) => {
          const s = state(id);
          return s.exists && s.mountId === null;
        },
      ],
    ];
    for (const [code, fails] of checks) {
      const failing = ids.filter(fails);
      if (failing.length > 0) return { code, names: failing[0] };
    }
    const slots = ctx.assembly.slots;
    const unknown = cmd.slotAssetBindings
      .filter((b) => !slots.some((s) => s.name === b.slotName))
      .map((b) => b.assetId)
      .sort();
    if (unknown.length > 0) return { code: 'FixtureUnknownSlot', names: unknown[0] };
    const wrong = slots
      .filter((s) => cmd.slotAssetBindings.filter((b) => b.slotName === s.name).length !== s.count)
      .map((s) => s.name)
      .sort();
    if (wrong.length > 0) return { code: 'FixtureMappingIncomplete', names: `"${wrong[0]}"` };
    const mismatch = cmd.slotAssetBindings
      .filter((b) => {
        const s = state(b.assetId);
        return s.exists && s.familyId !== slots.find((x) => x.name === b.slotName)?.familyId;
      })
      .map((b) => b.assetId)
      .sort();
    if (mismatch.length > 0) return { code: 'FixtureAssetFamilyMismatch', names: mismatch[0] };
    return null;
  }

  it('whatever the assets and bindings, refuses with the first failing check in the contract’s order and names the smallest failing assetId', () => {
    const shapes: (AssetShape | 'missing')[] = ['installed', 'uninstalled', 'decommissioned', 'maintenance', 'missing'];
    fc.assert(
      fc.property(
        fc.uniqueArray(
          fc.record({
            assetId: fc.uuid(),
            slotName: fc.constantFrom('detector', 'stage', 'stage', 'mirror'),
            shape: fc.constantFrom(...shapes, 'installed', 'installed', 'installed'),
            familyId: fc.constantFrom(detectors, stages, stages),
          }),
          { maxLength: 5, selector: (b) => b.assetId },
        ),
        fc.constantFrom('registered', 'deprecated', 'missing'),
        (rows, assemblyShape) => {
          const cmd: RegisterFixture = {
            ...command,
            slotAssetBindings: rows.map((r) => ({ slotName: r.slotName, assetId: r.assetId })),
          };
          const ctx: RegisterFixtureContext = {
            assembly:
              assemblyShape === 'registered'
                ? assembly(assemblyRegistered)
                : assemblyShape === 'deprecated'
                  ? assembly(assemblyRegistered, assemblyDeprecated)
                  : initialAssemblyState,
            assets: new Map(
              rows
                .filter((r) => r.shape !== 'missing')
                .map((r) => [r.assetId, asset(r.assetId, r.familyId, r.shape as AssetShape)]),
            ),
          };
          const expected = expectedRefusal(cmd, ctx);
          const { outcome } = given(registerFixtureDecider, []).when(cmd, ctx);
          if (expected === null) {
            expect(outcome).toEqual({
              events: [{ type: 'FixtureRegistered', data: expect.objectContaining({ fixtureId }) }],
            });
          } else {
            expect('error' in outcome && outcome.error.code).toBe(expected.code);
            expect('error' in outcome && outcome.error.message).toContain(expected.names);
          }
        },
      ),
      { numRuns: 500 },
    );
  });
});
