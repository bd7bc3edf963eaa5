import { Command } from 'commander';
import { query } from '../api-client';
import { CliContext, table } from '../context';

interface Acquisition {
  acquisitionId: string;
  state: string;
  tierId: string;
  path: string;
  datasetId?: string | null;
  history: Array<{ state: string; at: string; host: string; [k: string]: unknown }>;
  [k: string]: unknown;
}

function formatAcquisition(a: Acquisition): string {
  const lines = [`acquisition ${a.acquisitionId}  ${a.state}`, `tier ${a.tierId}  path ${a.path}`];
  if (a.datasetId) lines.push(`dataset ${a.datasetId}`);
  for (const h of a.history) {
    const { state, at, host, ...extras } = h;
    const more = Object.entries(extras)
      .map(([k, v]) => `${k}=${String(v)}`)
      .join(' ');
    lines.push(`  ${at}  ${state.padEnd(13)} ${host}${more ? `  ${more}` : ''}`);
  }
  return `${lines.join('\n')}\n`;
}

export function registerAcquisitionCommands(program: Command, ctx: CliContext): void {
  const acq = program.command('acquisition').description('Runs being ingested from an edge host: staging → cleared');
  acq
    .command('ls')
    .option('--state <state>', 'staging, complete, sync_queued, sync_verified or cleared')
    .option('--tier <tierId>')
    .option('--host <host>')
    .action(async (o: { state?: string; tier?: string; host?: string }, command: Command) => {
      const { api, opts } = ctx.connect(command);
      const page = await api.get<{ items: Acquisition[] }>(
        `/v1/acquisitions${query({ state: o.state, tierId: o.tier, host: o.host, limit: 100 })}`,
      );
      ctx.print(opts, page, () =>
        table([
          ['ACQUISITION', 'STATE', 'TIER', 'PATH', 'LAST HOST'],
          ...page.items.map((a) => [a.acquisitionId, a.state, a.tierId, a.path, a.history.at(-1)?.host ?? '-']),
        ]),
      );
    });
  acq
    .command('show')
    .argument('<acquisitionId>')
    .action(async (id: string, _o: unknown, command: Command) => {
      const { api, opts } = ctx.connect(command);
      const a = await api.get<Acquisition>(`/v1/acquisitions/${encodeURIComponent(id)}`);
      ctx.print(opts, a, () => formatAcquisition(a));
    });
  acq
    .command('clear')
    .description(
      'Clear a manual-retention acquisition: delete its staging copy (only when another Verified copy exists)',
    )
    .argument('<acquisitionId>')
    .action(async (id: string, _o: unknown, command: Command) => {
      const { api, opts } = ctx.connect(command);
      const a = await api.post<Acquisition>(`/v1/acquisitions/${encodeURIComponent(id)}/clear`);
      ctx.print(opts, a, () => formatAcquisition(a));
    });
}
