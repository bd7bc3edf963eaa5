import { Injectable } from '@nestjs/common';
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

/** One registry per application instance, so several apps in one test process never collide. */
@Injectable()
export class PlatformMetrics {
  readonly registry = new Registry();

  readonly httpDuration = new Histogram({
    name: 'custody_http_request_duration_seconds',
    help: 'HTTP request duration by method, route and status',
    labelNames: ['method', 'route', 'status'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [this.registry],
  });

  readonly eventsAppended = new Counter({
    name: 'custody_events_appended_total',
    help: 'Events appended to the event store by this process',
    labelNames: ['stream_type', 'type'] as const,
    registers: [this.registry],
  });

  readonly projectionEventsApplied = new Counter({
    name: 'custody_projection_events_processed_total',
    help: 'Events read by a projection runner in this process',
    labelNames: ['projection'] as const,
    registers: [this.registry],
  });

  readonly mcpToolCalls = new Counter({
    name: 'custody_mcp_tool_calls_total',
    help: 'MCP tool calls by tool and outcome',
    labelNames: ['tool', 'outcome'] as const,
    registers: [this.registry],
  });

  // issue 9: how custody is doing, not only how Node is.
  readonly commands = new Counter({
    name: 'custody_commands_total',
    help: 'Commands executed through the command bus, by command type and outcome (ok or the error code)',
    labelNames: ['type', 'outcome'] as const,
    registers: [this.registry],
  });

  readonly attestations = new Counter({
    name: 'custody_attestations_total',
    help: 'Checksum attestations recorded, by tier and outcome (Match, Mismatch, Unreachable)',
    labelNames: ['tier_id', 'outcome'] as const,
    registers: [this.registry],
  });

  readonly artifactBytes = new Counter({
    name: 'custody_artifact_bytes_total',
    help: 'Artifact bytes deposited and fetched (REST and MCP)',
    labelNames: ['direction'] as const,
    registers: [this.registry],
  });

  readonly persistentIdMints = new Counter({
    name: 'custody_pid_mints_total',
    help: 'Persistent identifier mint calls (DataCite or stub), by scheme and outcome (ok or the failure kind)',
    labelNames: ['scheme', 'outcome'] as const,
    registers: [this.registry],
  });

  readonly persistentIdMintDuration = new Histogram({
    name: 'custody_pid_mint_duration_seconds',
    help: 'Latency of persistent identifier mint calls, by scheme and outcome',
    labelNames: ['scheme', 'outcome'] as const,
    buckets: [0.01, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
    registers: [this.registry],
  });

  constructor() {
    collectDefaultMetrics({ register: this.registry, prefix: 'custody_' });
  }

  /** One persistent identifier mint call (the apps' metered DoiMinter reports here). */
  observePersistentIdMint(scheme: string, outcome: string, seconds: number): void {
    this.persistentIdMints.inc({ scheme, outcome });
    this.persistentIdMintDuration.observe({ scheme, outcome }, seconds);
  }

  /** A gauge whose value is read from somewhere (e.g. the database) at scrape time. */
  gauge<L extends string>(
    name: string,
    help: string,
    labelNames: readonly L[],
    collect: (g: Gauge<L>) => Promise<void>,
  ): Gauge<L> {
    return new Gauge<L>({
      name,
      help,
      labelNames,
      registers: [this.registry],
      async collect() {
        await collect(this);
      },
    });
  }
}
