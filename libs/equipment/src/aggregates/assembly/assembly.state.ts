import { AssemblySlot } from './assembly.events';

export type AssemblyState =
  | { readonly exists: false }
  | {
      readonly exists: true;
      readonly assemblyId: string;
      readonly name: string;
      readonly slots: readonly AssemblySlot[];
      readonly deprecated: boolean;
    };

export const initialAssemblyState: AssemblyState = { exists: false };

/** What GET /v1/assemblies/{id} and the list answer. */
export interface AssemblyView {
  readonly assemblyId: string;
  readonly name: string;
  readonly slots: readonly AssemblySlot[];
  readonly deprecated: boolean;
  readonly version: number;
}

export function toAssemblyView(assembly: Extract<AssemblyState, { exists: true }>, version: number): AssemblyView {
  return {
    assemblyId: assembly.assemblyId,
    name: assembly.name,
    slots: assembly.slots,
    deprecated: assembly.deprecated,
    version,
  };
}
