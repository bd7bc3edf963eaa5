import { notFound } from '@custody/kernel';

export const assemblyNotFound = (assemblyId: string) =>
  notFound('AssemblyNotFound', `Assembly ${assemblyId} does not exist.`);
