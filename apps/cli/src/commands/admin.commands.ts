import { Command } from 'commander';
import { ProjectionStatus } from '../api-client';
import { CliContext, collect, table } from '../context';

const LAG_COUNT_CAP = 100_000;

export function formatLag(p: Pick<ProjectionStatus, 'lagEvents' | 'lagSeconds'>): string {
  if (p.lagEvents === 0) return 'current';
  const events = p.lagEvents >= LAG_COUNT_CAP ? `${LAG_COUNT_CAP}+` : String(p.lagEvents);
  return `${events} event${p.lagEvents === 1 ? '' : 's'}, ${p.lagSeconds.toFixed(1)} s`;
}

export function formatProjections(items: readonly ProjectionStatus[]): string {
  if (items.length === 0) return 'No projections.\n';
  return table([['NAME', 'POSITION', 'LAG'], ...items.map((p) => [p.name, p.position, formatLag(p)])]);
}

interface PrincipalRow {
  principalId: string;
  name: string;
  roles: string[];
  groups: string[];
  disabled?: boolean;
  enabled?: boolean;
}

export function registerAdminCommands(program: Command, ctx: CliContext): void {
  const { io } = ctx;
  const projections = program.command('projections').description('Read models fed from the event store');
  projections
    .command('list')
    .alias('ls')
    .description('Every projection with its position and lag (GET /v1/projections)')
    .action(async (_options: unknown, command: Command) => {
      const { api, opts } = ctx.connect(command);
      const items = await api.listProjections();
      ctx.print(opts, items, () => formatProjections(items));
    });
  projections
    .command('rebuild')
    .description('Empty a projection and replay every event into it (admin; POST /v1/projections/NAME/rebuild)')
    .argument('<name>', 'projection name, e.g. asset_summary')
    .action(async (name: string, _options: unknown, command: Command) => {
      const { api, opts } = ctx.connect(command);
      const result = await api.rebuildProjection(name);
      ctx.print(opts, result, () => `Rebuilt ${result.name}: ${result.eventsProcessed} events processed\n`);
    });

  const principals = program.command('principals').description('Users, agents and edge hosts with their tokens');
  principals
    .command('create')
    .description('Create a principal and print its token, which is shown only this once (admin; POST /v1/principals)')
    .argument('<name>', 'who or what the token belongs to')
    .requiredOption('--role <role>', 'admin, operator, worker or reader (repeatable)', collect)
    .option('--group <group>', 'group membership (repeatable)', collect)
    .action(async (name: string, options: { role: string[]; group?: string[] }, command: Command) => {
      const { api, opts } = ctx.connect(command);
      const created = await api.createPrincipal({ name, roles: options.role, groups: options.group ?? [] });
      if (opts.json) return ctx.print(opts, created, () => '');
      // The token alone goes to stdout, so `TOKEN=$(custody principals create ...)` captures just it.
      io.stderr(
        `Created ${created.name} (${created.principalId}), roles: ${created.roles.join(', ')}` +
          `${created.groups.length ? `, groups: ${created.groups.join(', ')}` : ''}.\n` +
          `Its token is shown only this once:\n`,
      );
      io.stdout(`${created.token}\n`);
    });
  principals
    .command('ls')
    .description('Every principal, without tokens (admin; GET /v1/principals)')
    .action(async (_options: unknown, command: Command) => {
      const { api, opts } = ctx.connect(command);
      const page = await api.get<{ items: PrincipalRow[] }>('/v1/principals?limit=100');
      ctx.print(opts, page, () =>
        table([
          ['ID', 'NAME', 'ROLES', 'GROUPS', 'STATE'],
          ...page.items.map((p) => [
            p.principalId,
            p.name,
            p.roles.join(','),
            p.groups.join(',') || '-',
            p.disabled === true || p.enabled === false ? 'disabled' : 'enabled',
          ]),
        ]),
      );
    });
  principals
    .command('rotate-token')
    .description('A new token for a principal; the old one stops working at once (admin)')
    .argument('<principalId>')
    .action(async (id: string, _options: unknown, command: Command) => {
      const { api, opts } = ctx.connect(command);
      const rotated = await api.post<{ token: string }>(`/v1/principals/${encodeURIComponent(id)}/rotate-token`);
      ctx.print(opts, rotated, () => `${rotated.token}\n`);
    });
  principals
    .command('disable')
    .description('Disable a principal: its tokens answer 401 from now on (admin)')
    .argument('<principalId>')
    .action(async (id: string, _options: unknown, command: Command) => {
      const { api, opts } = ctx.connect(command);
      await api.post(`/v1/principals/${encodeURIComponent(id)}/disable`);
      ctx.print(opts, { principalId: id, disabled: true }, () => `Disabled ${id}.\n`);
    });
}
