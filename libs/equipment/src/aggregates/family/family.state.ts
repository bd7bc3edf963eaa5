export type FamilyState =
  { readonly exists: false } | { readonly exists: true; readonly familyId: string; readonly name: string };

export const initialFamilyState: FamilyState = { exists: false };

/** What GET /v1/families/{id} and the list answer. */
export interface FamilyView {
  readonly familyId: string;
  readonly name: string;
  readonly version: number;
}

export function toFamilyView(family: Extract<FamilyState, { exists: true }>, version: number): FamilyView {
  return { familyId: family.familyId, name: family.name, version };
}
