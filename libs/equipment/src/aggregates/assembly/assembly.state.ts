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
