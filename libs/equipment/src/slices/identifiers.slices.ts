import { SliceGroup } from './slice-group';

/** Persistent identifiers and PIDINST records. */
export const identifiersSlices: SliceGroup = {
  controllers: [],
  providers: [],
};
