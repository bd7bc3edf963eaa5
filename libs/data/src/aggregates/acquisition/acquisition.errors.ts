import { conflict, notFound } from '@custody/kernel';
import { AcquisitionStateName } from './acquisition.events';

export const acquisitionNotFound = (acquisitionId: string) =>
  notFound('AcquisitionNotFound', `Acquisition ${acquisitionId} does not exist.`);

export const illegalTransition = (acquisitionId: string, from: AcquisitionStateName, to: string, next: string | null) =>
  conflict(
    'AcquisitionIllegalTransition',
    `Acquisition ${acquisitionId} is ${from}; ${next ? `only ${next} may follow` : 'nothing follows'}, not ${to}.`,
  );
