import { DomainEvent } from '@custody/kernel';

export type FamilyRegistered = DomainEvent<
  'FamilyRegistered',
  { familyId: string; name: string; registeredAt: string }
>;

export type FamilyEvent = FamilyRegistered;

export const FAMILY_STREAM = 'equipment.family';
