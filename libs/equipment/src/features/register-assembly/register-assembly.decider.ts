import { Decider, ErrorDetail, conflict, invalid } from '@custody/kernel';
import { AssemblyEvent, AssemblySlot } from '../../aggregates/assembly/assembly.events';
import { evolveAssembly } from '../../aggregates/assembly/assembly.evolve';
import { AssemblyState, initialAssemblyState } from '../../aggregates/assembly/assembly.state';
import { familyNotFound } from '../../aggregates/family/family.errors';

export interface RegisterAssembly {
  readonly assemblyId: string;
  readonly name: string;
  readonly slots: readonly AssemblySlot[];
}

/** Facts from other aggregates, loaded by the handler. */
export interface RegisterAssemblyContext {
  /** The slots' family ids that name an existing family. */
  readonly existingFamilyIds: readonly string[];
}

/** A fixture binds at most this many assets, so no assembly may ask for more. */
export const MAX_ASSEMBLY_ASSETS = 1000;

/** The shape rules the edges also check (zod), kept here so the decision never records a malformed assembly. */
function slotErrors(slots: readonly AssemblySlot[]): ErrorDetail[] {
  const errors: ErrorDetail[] = [];
  if (slots.length === 0) errors.push({ path: 'slots', message: 'an assembly needs at least one slot' });
  const seen = new Map<string, number>();
  slots.forEach((slot, index) => {
    if (!Number.isInteger(slot.count) || slot.count < 1) {
      errors.push({ path: `slots.${index}.count`, message: 'must be an integer ≥ 1' });
    }
    const key = slot.name.toLowerCase();
    const first = seen.get(key);
    if (first === undefined) seen.set(key, index);
    else
      errors.push({
        path: `slots.${index}.name`,
        message: `slot name "${slot.name}" is already used by slots.${first}`,
      });
  });
  const total = slots.reduce((sum, slot) => sum + slot.count, 0);
  if (total > MAX_ASSEMBLY_ASSETS) {
    errors.push({ path: 'slots', message: `the slots take ${total} assets in all; at most ${MAX_ASSEMBLY_ASSETS}` });
  }
  return errors;
}

export const registerAssemblyDecider: Decider<AssemblyState, RegisterAssembly, AssemblyEvent, RegisterAssemblyContext> =
  {
    initialState: initialAssemblyState,
    evolve: evolveAssembly,
    decide(state, command, context, { now }) {
      if (state.exists) {
        throw conflict('AssemblyAlreadyRegistered', `Assembly ${command.assemblyId} is already registered.`);
      }
      const errors = slotErrors(command.slots);
      if (errors.length > 0) {
        throw invalid('ValidationFailed', errors.map((e) => `${e.path}: ${e.message}`).join('; '), errors);
      }
      const existing = new Set(context.existingFamilyIds);
      const missing = [...new Set(command.slots.map((s) => s.familyId))].filter((id) => !existing.has(id)).sort();
      if (missing.length > 0) throw familyNotFound(missing[0]);
      return [
        {
          type: 'AssemblyRegistered',
          data: {
            assemblyId: command.assemblyId,
            name: command.name,
            slots: command.slots.map((s) => ({ name: s.name, familyId: s.familyId, count: s.count })),
            registeredAt: now,
          },
        },
      ];
    },
  };
