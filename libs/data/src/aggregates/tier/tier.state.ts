import { AccessProtocol } from './tier-uri';

export interface RegisteredTier {
  readonly exists: true;
  readonly tierId: string;
  readonly name: string;
  readonly accessProtocol: AccessProtocol;
  readonly rootUri: string;
  readonly reachable: boolean;
  readonly registeredAt: string;
}

export type TierState = { readonly exists: false } | RegisteredTier;

export const initialTierState: TierState = { exists: false };

/** What GET /v1/tiers/{id} and the list answer. */
export interface TierView {
  readonly tierId: string;
  readonly name: string;
  readonly accessProtocol: AccessProtocol;
  readonly rootUri: string;
  readonly reachable: boolean;
  readonly registeredAt: string;
  readonly version: number;
}

export function toTierView(tier: RegisteredTier, version: number): TierView {
  return {
    tierId: tier.tierId,
    name: tier.name,
    accessProtocol: tier.accessProtocol,
    rootUri: tier.rootUri,
    reachable: tier.reachable,
    registeredAt: tier.registeredAt,
    version,
  };
}
