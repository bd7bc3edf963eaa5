import { notFound } from '@custody/kernel';

export const modelNotFound = (modelId: string) => notFound('ModelNotFound', `Model ${modelId} does not exist.`);
