import { DiscoveryService } from '@nestjs/core';

/**
 * Something /health/ready checks beside the platform's own (database, migrations, projection lag), contributed
 * by a context, e.g. the artifact store being writable. `check` throws (or rejects) when it is down; what it
 * returns is reported beside `status: up`.
 */
export interface ReadinessProbe {
  /** Key in the health report, e.g. `artifactStore`. */
  readonly name: string;
  check(): Promise<Record<string, unknown> | void>;
}

/** Marks a provider as a readiness probe; the health controller discovers it in whatever module declares it. */
export const ReadinessCheck = DiscoveryService.createDecorator<void>();
