import { ObservedChecksum } from '../checksum/checksum';
import { AttestationSource } from './distribution.events';

/**
 * What an attempt to read a copy's bytes produced: a measured checksum (by the server through the tier's
 * protocol, or reported by an edge host), or the reason the bytes could not be read.
 */
export type Measurement =
  | {
      readonly kind: 'observed';
      readonly source: AttestationSource;
      readonly observed: ObservedChecksum;
      /** What was found, when it was not what the checksum's algorithm expects (e.g. a file for a tree). */
      readonly detail: string | null;
    }
  | { readonly kind: 'unreachable'; readonly detail: string };
