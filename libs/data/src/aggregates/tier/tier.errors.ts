import { notFound } from '@custody/kernel';

export const tierNotFound = (tierId: string) => notFound('TierNotFound', `Tier ${tierId} does not exist.`);
