export type FamilyState =
  { readonly exists: false } | { readonly exists: true; readonly familyId: string; readonly name: string };

export const initialFamilyState: FamilyState = { exists: false };
