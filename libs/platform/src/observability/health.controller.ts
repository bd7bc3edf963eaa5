import { Controller, Get, HttpException, Inject, OnModuleInit, Res } from '@nestjs/common';
import { DiscoveryService } from '@nestjs/core';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { HealthCheckService, HealthIndicatorFunction, HealthIndicatorService } from '@nestjs/terminus';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { z } from 'zod';
import { Public } from '../auth/access.decorator';
import { CUSTODY_CONFIG, CustodyConfig } from '../config/config';
import { ApiProblems, ZodResponse } from '../http/api-docs';
import { PROBLEM_CONTENT_TYPE, problem } from '../http/problem';
import { ProjectionRunner } from '../projections/projection-runner';
import { ReadinessCheck, ReadinessProbe } from './readiness';

const CHECK_TIMEOUT_MS = 3000;

const indicators = z
  .record(z.string(), z.looseObject({ status: z.enum(['up', 'down', 'degraded']) }))
  .describe('Each check by name: database, migrations, projections, artifactStore');

export const liveOutput = z.object({ status: z.literal('ok') }).meta({ id: 'Liveness' });
export const readyOutput = z.object({ status: z.literal('ok'), info: indicators }).meta({ id: 'Readiness' });

/**
 * Liveness (the process answers) and readiness through @nestjs/terminus: the database answers, every migration
 * is applied, no projection lags beyond CUSTODY_PROJECTION_LAG_BOUND_SECONDS, and each context's probe (the
 * artifact store is writable) holds. Not ready → 503 problem+json naming what is down.
 */
@ApiTags('platform')
@Controller('health')
export class HealthController implements OnModuleInit {
  private probes: ReadinessProbe[] = [];

  constructor(
    private readonly health: HealthCheckService,
    private readonly indicator: HealthIndicatorService,
    private readonly discovery: DiscoveryService,
    private readonly projections: ProjectionRunner,
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(CUSTODY_CONFIG) private readonly config: CustodyConfig,
  ) {}

  onModuleInit(): void {
    this.probes = this.discovery
      .getProviders({ metadataKey: ReadinessCheck.KEY })
      .map((wrapper) => wrapper.instance as ReadinessProbe);
  }

  @Get('live')
  @Public()
  @ApiOperation({ summary: 'The process answers' })
  @ZodResponse(200, liveOutput, 'Alive')
  live(): z.output<typeof liveOutput> {
    return { status: 'ok' };
  }

  @Get('ready')
  @Public()
  @ApiOperation({
    summary: 'Ready to serve: database, migrations applied, projection lag within its bound, artifact store writable',
  })
  @ZodResponse(200, readyOutput, 'Every check is up')
  @ApiProblems({ 503: ['NotReady'] })
  async ready(@Res() res: Response): Promise<void> {
    try {
      const result = await this.health.check(this.checks());
      res.status(200).json({ status: 'ok', info: result.info ?? {} });
    } catch (error) {
      if (!(error instanceof HttpException)) throw error;
      const report = error.getResponse() as { error?: Record<string, unknown>; info?: Record<string, unknown> };
      const down = Object.keys(report.error ?? {});
      res
        .status(503)
        .type(PROBLEM_CONTENT_TYPE)
        .send(
          JSON.stringify({
            ...problem(503, 'NotReady', `Not ready: ${down.join(', ') || 'unknown'} down.`),
            down,
            error: report.error ?? {},
            info: report.info ?? {},
          }),
        );
    }
  }

  private checks(): HealthIndicatorFunction[] {
    const bound = this.config.projectionLagBoundSeconds;
    return [
      () =>
        this.attempt('database', async () => {
          await this.dataSource.query('SELECT 1');
        }),
      () =>
        this.attempt('migrations', async () => {
          if (await this.dataSource.showMigrations()) throw new Error('migrations are pending');
          return { pending: 0 };
        }),
      () =>
        this.attempt('projections', async () => {
          const statuses = await this.projections.status();
          const behind = statuses.filter((s) => s.lagSeconds > bound).map((s) => s.name);
          const lagSeconds = Math.max(0, ...statuses.map((s) => s.lagSeconds));
          if (behind.length > 0) throw new Error(`${behind.join(', ')} lag more than ${bound} s`);
          return { lagSeconds, boundSeconds: bound };
        }),
      ...this.probes.map((probe) => () => this.attempt(probe.name, () => probe.check())),
    ];
  }

  /** Up with what `check` returned, or down with why (its error, or no answer within CHECK_TIMEOUT_MS). */
  private async attempt(key: string, check: () => Promise<Record<string, unknown> | void>) {
    const session = this.indicator.check(key);
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`no answer within ${CHECK_TIMEOUT_MS} ms`)), CHECK_TIMEOUT_MS);
    });
    try {
      return session.up((await Promise.race([check(), timeout])) ?? {});
    } catch (error) {
      return session.down({ message: error instanceof Error ? error.message : String(error) });
    } finally {
      clearTimeout(timer);
    }
  }
}
