import { Command, InvalidArgumentError, Option } from 'commander';
import { ApiClient, ApiError, query } from '../api-client';
import { CliContext, collect, table, UsageError } from '../context';
import { createProgress, formatBytes } from '../progress';
import { resolveTierId } from './data.commands';

interface Run {
  runId: string;
  methodId: string;
  state: string;
  inputDatasetIds: string[];
  inputCopies?: Array<{ datasetId: string; distributionId: string; tierId: string }>;
  parameters?: unknown;
  history?: Array<{ state?: string; at?: string; reason?: string; type?: string }>;
}
interface Transfer {
  state: string;
  bytesMoved: number;
  bytesTotal: number | null;
  filesTotal: number | null;
  filesMoved: number;
  filesSkipped: number;
  filesFailed: number;
  partial: boolean;
  bytesPerSecond: number | null;
}
export interface Materialization {
  materializationId: string;
  datasetId: string;
  targetTierId: string;
  state: string;
  transfer: Transfer | null;
  distributionId: string | null;
  error: { code: string; detail: string } | null;
}

const TERMINAL = new Set(['Verified', 'Failed', 'Cancelled']);

/** `key=value`; the value is read as JSON when it parses (numbers, booleans, objects), else as a string. */
export function parseParam(value: string, previous: Record<string, unknown> = {}): Record<string, unknown> {
  const eq = value.indexOf('=');
  if (eq <= 0) throw new InvalidArgumentError('must be key=value');
  const raw = value.slice(eq + 1);
  let parsed: unknown = raw;
  try {
    parsed = JSON.parse(raw);
  } catch {
    parsed = raw;
  }
  return { ...previous, [value.slice(0, eq)]: parsed };
}

function formatRun(run: Run): string {
  const lines = [
    `run ${run.runId}  ${run.state}`,
    `method ${run.methodId}`,
    `inputs ${run.inputDatasetIds.length ? '' : '-'}`,
    ...(run.inputCopies ?? run.inputDatasetIds.map((datasetId) => ({ datasetId, distributionId: '', tierId: '' }))).map(
      (c) => `  ${c.datasetId}${c.distributionId ? ` via copy ${c.distributionId} on tier ${c.tierId}` : ''}`,
    ),
    `parameters ${JSON.stringify(run.parameters ?? {})}`,
  ];
  for (const h of run.history ?? [])
    lines.push(`  ${h.at ?? ''} ${h.state ?? h.type ?? ''}${h.reason ? ` (${h.reason})` : ''}`);
  return `${lines.join('\n')}\n`;
}

function formatMaterialization(m: Materialization): string {
  const t = m.transfer;
  const lines = [
    `materialization ${m.materializationId}  ${m.state}`,
    `dataset ${m.datasetId} → tier ${m.targetTierId}`,
  ];
  if (t)
    lines.push(
      `transfer ${t.state}: ${formatBytes(t.bytesMoved)}${t.bytesTotal !== null ? ` / ${formatBytes(t.bytesTotal)}` : ''}, ` +
        `files ${t.filesMoved}${t.filesTotal !== null ? `/${t.filesTotal}` : ''} moved, ${t.filesSkipped} skipped, ${t.filesFailed} failed` +
        `${t.partial ? ' (partial)' : ''}`,
    );
  if (m.distributionId) lines.push(`copy ${m.distributionId}`);
  if (m.error) lines.push(`error ${m.error.code}: ${m.error.detail}`);
  return `${lines.join('\n')}\n`;
}

/**
 * Follows a materialization until it is terminal, with a bar of bytes (and files) on the way; polls with a
 * backoff from 250 ms to 2 s. Ctrl-C stops the watching, not the transfer.
 */
async function watchMaterialization(ctx: CliContext, api: ApiClient, id: string): Promise<Materialization | null> {
  const progress = createProgress(ctx.io.progress, `materialize ${id.slice(0, 8)}`, 'bytes');
  let interrupted = false;
  const release = ctx.io.onInterrupt?.(() => {
    interrupted = true;
  });
  let delay = 250;
  try {
    for (;;) {
      const m = await api.get<Materialization>(`/v1/materializations/${encodeURIComponent(id)}`);
      const t = m.transfer;
      if (t) {
        const files = `files ${t.filesMoved + t.filesSkipped}${t.filesTotal !== null ? `/${t.filesTotal}` : ''} ${m.state}`;
        progress.update(t.bytesMoved, t.bytesTotal ?? undefined, files);
      }
      if (TERMINAL.has(m.state)) {
        progress.stop();
        return m;
      }
      if (interrupted) {
        progress.stop(
          `Stopped watching; the materialization goes on. Resume with: custody materialization watch ${id}`,
        );
        return null;
      }
      await new Promise((resolve) => setTimeout(resolve, delay));
      delay = Math.min(2000, Math.round(delay * 1.5));
    }
  } finally {
    release?.();
  }
}

function finish(m: Materialization | null): void {
  if (m && m.state !== 'Verified') {
    throw new ApiError(
      m.error?.code ?? `Materialization${m.state}`,
      m.error?.detail ?? `the materialization ended ${m.state}`,
      0,
    );
  }
}

export function registerOperationCommands(program: Command, ctx: CliContext): void {
  const run = program.command('run').description('Processing runs (the start gate refuses unverified inputs)');
  run
    .command('start')
    .description('Start a run of a method on input datasets')
    .argument('<methodId>')
    .option('--input <datasetId>', 'an input dataset (repeatable)', collect)
    .option('--param <key=value>', 'a parameter (repeatable; JSON values allowed)', parseParam)
    .option('--params <json>', 'all parameters as one JSON object')
    .action(
      async (
        methodId: string,
        o: { input?: string[]; param?: Record<string, unknown>; params?: string },
        command: Command,
      ) => {
        const { api, opts } = ctx.connect(command);
        let parameters: Record<string, unknown> | undefined = o.param;
        if (o.params) {
          try {
            parameters = { ...(JSON.parse(o.params) as Record<string, unknown>), ...o.param };
          } catch {
            throw new UsageError('--params must be a JSON object');
          }
        }
        const started = await api.post<{ runId: string; state: string }>('/v1/runs', {
          methodId,
          ...(o.input ? { inputDatasetIds: o.input } : {}),
          ...(parameters ? { parameters } : {}),
        });
        ctx.print(opts, started, () => `${started.runId}\n`);
      },
    );
  run
    .command('show')
    .description('A run with its inputs (and the copy that let each pass the gate), parameters and history')
    .argument('<runId>')
    .action(async (id: string, _o: unknown, command: Command) => {
      const { api, opts } = ctx.connect(command);
      const r = await api.get<Run>(`/v1/runs/${encodeURIComponent(id)}`);
      ctx.print(opts, r, () => formatRun(r));
    });
  run
    .command('ls')
    .description('Runs, by state, method or input dataset')
    .option('--state <state>')
    .option('--method <methodId>')
    .option('--input <datasetId>')
    .action(async (o: { state?: string; method?: string; input?: string }, command: Command) => {
      const { api, opts } = ctx.connect(command);
      const page = await api.get<{ items: Run[]; nextCursor: string | null }>(
        `/v1/runs${query({ state: o.state, methodId: o.method, inputDatasetId: o.input, limit: 100 })}`,
      );
      ctx.print(opts, page, () =>
        table([
          ['RUN', 'STATE', 'METHOD', 'INPUTS'],
          ...page.items.map((r) => [r.runId, r.state, r.methodId, String(r.inputDatasetIds.length)]),
        ]),
      );
    });
  for (const [verb, help] of [
    ['hold', 'Hold a running run'],
    ['resume', 'Resume a held run'],
    ['complete', 'Complete a run'],
  ] as const) {
    run
      .command(verb)
      .description(help)
      .argument('<runId>')
      .action(async (id: string, _o: unknown, command: Command) => {
        const { api, opts } = ctx.connect(command);
        await api.post(`/v1/runs/${encodeURIComponent(id)}/${verb}`);
        ctx.print(opts, { runId: id, done: verb }, () => `${verb}: ${id}\n`);
      });
  }
  for (const verb of ['abort', 'stop'] as const) {
    run
      .command(verb)
      .description(`${verb === 'abort' ? 'Abort' : 'Stop'} a run, saying why`)
      .argument('<runId>')
      .requiredOption('--reason <reason>')
      .action(async (id: string, o: { reason: string }, command: Command) => {
        const { api, opts } = ctx.connect(command);
        await api.post(`/v1/runs/${encodeURIComponent(id)}/${verb}`, { reason: o.reason });
        ctx.print(opts, { runId: id, done: verb, reason: o.reason }, () => `${verb}: ${id}\n`);
      });
  }

  program
    .command('materialize')
    .description('Copy a dataset onto another tier (a job on the edge worker); --watch shows it until Verified')
    .argument('<datasetId>')
    .requiredOption('--to <tier>', 'target tier id or name')
    .addOption(new Option('--via <adapter>', 'how the bytes move').choices(['local', 'fdt', 'globus']))
    .option('--target-uri <uri>', 'where the copy lands under the target root')
    .option('--watch', 'follow it with a progress bar until Verified or failed (Ctrl-C stops watching only)')
    .action(
      async (
        datasetId: string,
        o: { to: string; via?: string; targetUri?: string; watch?: boolean },
        command: Command,
      ) => {
        const { api, opts } = ctx.connect(command);
        const targetTierId = await resolveTierId(api, o.to);
        const queued = await api.post<{ materializationId: string; state: string }>('/v1/materializations', {
          datasetId,
          targetTierId,
          ...(o.via ? { via: o.via } : {}),
          ...(o.targetUri ? { targetUri: o.targetUri } : {}),
        });
        if (!o.watch) return ctx.print(opts, queued, () => `${queued.materializationId}\n`);
        ctx.io.progress?.write(`queued ${queued.materializationId}\n`);
        const final = await watchMaterialization(ctx, api, queued.materializationId);
        if (final) ctx.print(opts, final, () => formatMaterialization(final));
        finish(final);
      },
    );

  const mat = program.command('materialization').description('Materializations in flight and done');
  mat
    .command('show')
    .argument('<materializationId>')
    .action(async (id: string, _o: unknown, command: Command) => {
      const { api, opts } = ctx.connect(command);
      const m = await api.get<Materialization>(`/v1/materializations/${encodeURIComponent(id)}`);
      ctx.print(opts, m, () => formatMaterialization(m));
    });
  mat
    .command('watch')
    .description('Follow a materialization until it is terminal')
    .argument('<materializationId>')
    .action(async (id: string, _o: unknown, command: Command) => {
      const { api, opts } = ctx.connect(command);
      const final = await watchMaterialization(ctx, api, id);
      if (final) ctx.print(opts, final, () => formatMaterialization(final));
      finish(final);
    });
  mat
    .command('cancel')
    .description('Cancel a materialization (the transfer is cancelled at the adapter too)')
    .argument('<materializationId>')
    .action(async (id: string, _o: unknown, command: Command) => {
      const { api, opts } = ctx.connect(command);
      const answer = await api.post<unknown>(`/v1/materializations/${encodeURIComponent(id)}/cancel`);
      ctx.print(opts, answer ?? { materializationId: id }, () => `cancel requested: ${id}\n`);
    });
  mat
    .command('ls')
    .option('--dataset <datasetId>')
    .option('--state <state>')
    .action(async (o: { dataset?: string; state?: string }, command: Command) => {
      const { api, opts } = ctx.connect(command);
      const page = await api.get<{ items: Materialization[] }>(
        `/v1/materializations${query({ datasetId: o.dataset, state: o.state, limit: 100 })}`,
      );
      ctx.print(opts, page, () =>
        table([
          ['MATERIALIZATION', 'STATE', 'DATASET', 'TARGET TIER'],
          ...page.items.map((m) => [m.materializationId, m.state, m.datasetId, m.targetTierId]),
        ]),
      );
    });
}
