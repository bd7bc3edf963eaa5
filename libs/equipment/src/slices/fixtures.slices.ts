import { SliceGroup } from './slice-group';

/** Assemblies and fixtures: instruments composed for an experiment. */
export const fixturesSlices: SliceGroup = {
  controllers: [],
  providers: [],
};
