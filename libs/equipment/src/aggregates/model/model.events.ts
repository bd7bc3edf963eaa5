import { DomainEvent } from '@custody/kernel';

export interface Manufacturer {
  readonly name: string;
  readonly identifier?: string;
  readonly identifierType?: string;
}

export type ModelRegistered = DomainEvent<
  'ModelRegistered',
  { modelId: string; familyId: string; name: string; manufacturer: Manufacturer; registeredAt: string }
>;

export type ModelEvent = ModelRegistered;

export const MODEL_STREAM = 'equipment.model';
export const MODEL_EVENT_TYPES: readonly ModelEvent['type'][] = ['ModelRegistered'];
