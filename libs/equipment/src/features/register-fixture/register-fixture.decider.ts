import { Decider, ErrorDetail, conflict, invalid, notFound } from '@custody/kernel';
import { assemblyNotFound } from '../../aggregates/assembly/assembly.errors';
import { AssemblyState } from '../../aggregates/assembly/assembly.state';
import { AssetState, RegisteredAsset } from '../../aggregates/asset/asset.state';
import { FixtureEvent, SlotAssetBinding } from '../../aggregates/fixture/fixture.events';
import { evolveFixture } from '../../aggregates/fixture/fixture.evolve';
import { FixtureState, initialFixtureState } from '../../aggregates/fixture/fixture.state';

export interface RegisterFixture {
  readonly fixtureId: string;
  readonly assemblyId: string;
  readonly slotAssetBindings: readonly SlotAssetBinding[];
  readonly parameterOverrides: Record<string, unknown> | null;
}

/** Facts from other aggregates, loaded (and locked) by the handler. */
export interface RegisterFixtureContext {
  readonly assembly: AssemblyState;
  /** The state of every bound asset, by assetId (an unknown id maps to `{ exists: false }` or is absent). */
  readonly assets: ReadonlyMap<string, AssetState>;
}

interface IndexedBinding extends SlotAssetBinding {
  readonly index: number;
}

function byAssetId(a: IndexedBinding, b: IndexedBinding): number {
  return a.assetId < b.assetId ? -1 : a.assetId > b.assetId ? 1 : a.index - b.index;
}

function duplicateErrors(bindings: readonly SlotAssetBinding[]): ErrorDetail[] {
  const seen = new Map<string, number>();
  const errors: ErrorDetail[] = [];
  bindings.forEach((binding, index) => {
    const first = seen.get(binding.assetId);
    if (first === undefined) seen.set(binding.assetId, index);
    else {
      errors.push({
        path: `slotAssetBindings.${index}.assetId`,
        message: `asset ${binding.assetId} is already bound by slotAssetBindings.${first}`,
      });
    }
  });
  return errors;
}

/**
 * A fixture instantiates an assembly: every slot gets exactly its count of installed, not decommissioned assets
 * of the slot's family. The checks run in the contract's order; where several bindings fail one check, the
 * error names the smallest assetId.
 */
export const registerFixtureDecider: Decider<FixtureState, RegisterFixture, FixtureEvent, RegisterFixtureContext> = {
  initialState: initialFixtureState,
  evolve: evolveFixture,
  decide(state, command, context, { now }) {
    if (state.exists) throw conflict('FixtureAlreadyRegistered', `Fixture ${command.fixtureId} is already registered.`);
    const duplicates = duplicateErrors(command.slotAssetBindings);
    if (duplicates.length > 0) {
      throw invalid('ValidationFailed', duplicates.map((e) => `${e.path}: ${e.message}`).join('; '), duplicates);
    }

    const { assembly } = context;
    if (!assembly.exists) throw assemblyNotFound(command.assemblyId);
    if (assembly.deprecated) {
      throw conflict(
        'AssemblyCannotInstantiate',
        `Assembly ${command.assemblyId} is deprecated; no new fixture can be registered from it.`,
      );
    }

    const bindings = command.slotAssetBindings.map((b, index) => ({ ...b, index })).sort(byAssetId);
    const assetOf = (b: IndexedBinding) => context.assets.get(b.assetId) ?? { exists: false as const };
    const registered = (b: IndexedBinding) => assetOf(b) as RegisteredAsset;

    const missing = bindings.find((b) => !assetOf(b).exists);
    if (missing) {
      throw notFound(
        'FixtureAssetNotFound',
        `Asset ${missing.assetId} (bound to slot "${missing.slotName}") does not exist.`,
      );
    }
    const decommissioned = bindings.find((b) => registered(b).lifecycle === 'Decommissioned');
    if (decommissioned) {
      throw conflict(
        'FixtureAssetNotAttachable',
        `Asset ${decommissioned.assetId} (bound to slot "${decommissioned.slotName}") is decommissioned and cannot be part of a fixture.`,
      );
    }
    const uninstalled = bindings.find((b) => registered(b).mountId === null);
    if (uninstalled) {
      throw conflict(
        'FixtureAssetNotInstalled',
        `Asset ${uninstalled.assetId} (bound to slot "${uninstalled.slotName}") is not installed in any mount; install it first.`,
      );
    }

    const slots = new Map(assembly.slots.map((s) => [s.name, s]));
    const slotNames = assembly.slots.map((s) => `"${s.name}"`).join(', ');
    const unknown = bindings.filter((b) => !slots.has(b.slotName));
    if (unknown.length > 0) {
      const first = unknown[0];
      throw invalid(
        'FixtureUnknownSlot',
        `Assembly ${command.assemblyId} has no slot "${first.slotName}" (bound to asset ${first.assetId}); its slots are ${slotNames}.`,
        [...unknown]
          .sort((a, b) => a.index - b.index)
          .map((b) => ({
            path: `slotAssetBindings.${b.index}.slotName`,
            message: `the assembly has no slot "${b.slotName}"`,
          })),
      );
    }

    const filled = new Map<string, number>();
    for (const b of bindings) filled.set(b.slotName, (filled.get(b.slotName) ?? 0) + 1);
    const incomplete = assembly.slots
      .map((slot) => ({ slot, given: filled.get(slot.name) ?? 0 }))
      .filter(({ slot, given }) => given !== slot.count)
      .sort((a, b) => (a.slot.name < b.slot.name ? -1 : a.slot.name > b.slot.name ? 1 : 0));
    if (incomplete.length > 0) {
      const describe = ({ slot, given }: (typeof incomplete)[number]) =>
        `slot "${slot.name}" takes ${slot.count} asset${slot.count === 1 ? '' : 's'} of family ${slot.familyId}; the bindings give ${given}`;
      const first = incomplete[0];
      throw invalid(
        'FixtureMappingIncomplete',
        `${describe(first).replace(/^slot/, 'Slot')}.`,
        incomplete.map((i) => ({ path: 'slotAssetBindings', message: describe(i) })),
      );
    }

    const mismatched = bindings.filter((b) => registered(b).familyId !== slots.get(b.slotName)?.familyId);
    if (mismatched.length > 0) {
      const first = mismatched[0];
      throw invalid(
        'FixtureAssetFamilyMismatch',
        `Asset ${first.assetId} is of family ${registered(first).familyId}, but slot "${first.slotName}" takes family ${slots.get(first.slotName)?.familyId}.`,
        [...mismatched]
          .sort((a, b) => a.index - b.index)
          .map((b) => ({
            path: `slotAssetBindings.${b.index}.assetId`,
            message: `asset ${b.assetId} is of family ${registered(b).familyId}, slot "${b.slotName}" takes ${slots.get(b.slotName)?.familyId}`,
          })),
      );
    }

    return [
      {
        type: 'FixtureRegistered',
        data: {
          fixtureId: command.fixtureId,
          assemblyId: command.assemblyId,
          slotAssetBindings: command.slotAssetBindings.map((b) => ({ slotName: b.slotName, assetId: b.assetId })),
          parameterOverrides: command.parameterOverrides,
          registeredAt: now,
        },
      },
    ];
  },
};
