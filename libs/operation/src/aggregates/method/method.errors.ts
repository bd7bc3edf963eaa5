import { notFound } from '@custody/kernel';

export const methodNotFound = (methodId: string) => notFound('MethodNotFound', `Method ${methodId} does not exist.`);
