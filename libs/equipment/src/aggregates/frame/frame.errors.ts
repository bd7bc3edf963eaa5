import { notFound } from '@custody/kernel';

export const frameNotFound = (frameId: string) => notFound('FrameNotFound', `Frame ${frameId} does not exist.`);
