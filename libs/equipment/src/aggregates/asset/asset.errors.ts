import { notFound } from '@custody/kernel';

export const assetNotFound = (assetId: string) => notFound('AssetNotFound', `Asset ${assetId} does not exist.`);
