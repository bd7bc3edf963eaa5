import { DomainEvent } from '@custody/kernel';

export type FamilyRegistered = DomainEvent<
  'FamilyRegistered',
  { familyId: string; name: string; registeredAt: string }
>;

export type FamilyEvent = FamilyRegistered;

export const FAMILY_STREAM = 'equipment.family';
export const FAMILY_EVENT_TYPES: readonly FamilyEvent['type'][] = ['FamilyRegistered'];
