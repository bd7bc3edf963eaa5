import { notFound } from '@custody/kernel';

export const familyNotFound = (familyId: string) => notFound('FamilyNotFound', `Family ${familyId} does not exist.`);
