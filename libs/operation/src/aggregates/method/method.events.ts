import { DomainEvent } from '@custody/kernel';

export type MethodRegistered = DomainEvent<
  'MethodRegistered',
  {
    methodId: string;
    name: string;
    neededInputKinds: string[];
    /** A JSON Schema the parameters of every run of this method must satisfy; null accepts any parameters. */
    parametersSchema: Record<string, unknown> | null;
    registeredAt: string;
  }
>;

export type MethodEvent = MethodRegistered;

export const METHOD_STREAM = 'operation.method';
export const METHOD_EVENT_TYPES: readonly MethodEvent['type'][] = ['MethodRegistered'];
