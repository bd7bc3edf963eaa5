import { DomainEvent } from '@custody/kernel';

export interface AssemblySlot {
  readonly name: string;
  readonly familyId: string;
  /** How many assets of the family the slot takes. */
  readonly count: number;
}

export type AssemblyRegistered = DomainEvent<
  'AssemblyRegistered',
  { assemblyId: string; name: string; slots: AssemblySlot[]; registeredAt: string }
>;
export type AssemblyDeprecated = DomainEvent<'AssemblyDeprecated', { assemblyId: string; at: string }>;

export type AssemblyEvent = AssemblyRegistered | AssemblyDeprecated;

export const ASSEMBLY_STREAM = 'equipment.assembly';
export const ASSEMBLY_EVENT_TYPES: readonly AssemblyEvent['type'][] = ['AssemblyRegistered', 'AssemblyDeprecated'];
