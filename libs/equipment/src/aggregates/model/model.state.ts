import { Manufacturer } from './model.events';

export type ModelState =
  | { readonly exists: false }
  | {
      readonly exists: true;
      readonly modelId: string;
      readonly familyId: string;
      readonly name: string;
      readonly manufacturer: Manufacturer;
    };

export const initialModelState: ModelState = { exists: false };
