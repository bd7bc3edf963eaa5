import { notFound } from '@custody/kernel';

export const mountNotFound = (mountId: string) => notFound('MountNotFound', `Mount ${mountId} does not exist.`);
