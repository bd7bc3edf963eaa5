import { notFound } from '@custody/kernel';

export const runNotFound = (runId: string) => notFound('RunNotFound', `Run ${runId} does not exist.`);
