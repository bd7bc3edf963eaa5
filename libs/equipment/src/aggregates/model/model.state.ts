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

/** What GET /v1/models/{id} and the list answer. */
export interface ModelView {
  readonly modelId: string;
  readonly familyId: string;
  readonly name: string;
  readonly manufacturer: Manufacturer;
  readonly version: number;
}

export function toModelView(model: Extract<ModelState, { exists: true }>, version: number): ModelView {
  return {
    modelId: model.modelId,
    familyId: model.familyId,
    name: model.name,
    manufacturer: model.manufacturer,
    version,
  };
}
