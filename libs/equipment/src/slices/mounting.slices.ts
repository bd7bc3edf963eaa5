import { SliceGroup } from './slice-group';

/** Frames and mounts: where instruments are installed. */
export const mountingSlices: SliceGroup = {
  controllers: [],
  providers: [],
};
