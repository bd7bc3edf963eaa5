import { DomainEvent } from '@custody/kernel';
import { AccessProtocol } from './tier-uri';

export type TierRegistered = DomainEvent<
  'TierRegistered',
  {
    tierId: string;
    name: string;
    accessProtocol: AccessProtocol;
    /** Canonical (see tier-uri.ts). */
    rootUri: string;
    reachable: boolean;
    registeredAt: string;
  }
>;
export type TierReachabilityChanged = DomainEvent<
  'TierReachabilityChanged',
  { tierId: string; reachable: boolean; at: string }
>;

export type TierEvent = TierRegistered | TierReachabilityChanged;

export const TIER_STREAM = 'data.tier';
export const TIER_EVENT_TYPES: readonly TierEvent['type'][] = ['TierRegistered', 'TierReachabilityChanged'];
