/**
 * What a worker's background services (projections, edge jobs, acquisitions) wait for before they start. A worker
 * booting as a warm standby is fully built (modules loaded, providers made, database connected) but holds the gate
 * shut until its supervisor promotes it; without a gate bound, they start at once.
 */
export const BACKGROUND_WORK_GATE = Symbol('BACKGROUND_WORK_GATE');

export interface BackgroundWorkGate {
  /** Resolves when this process may start its background work. */
  opened(): Promise<void>;
}
