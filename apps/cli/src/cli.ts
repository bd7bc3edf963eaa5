import { Command, CommanderError } from 'commander';
import { ApiClient, ApiError, Fetch, ProjectionStatus } from './api-client';
import { CliConfig, DEFAULT_URL, resolveConfig } from './config';

/** Everything the CLI touches of the outside world, so tests can run it without a process or a server. */
export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly env: Record<string, string | undefined>;
  readonly cwd: string;
  readonly fetch?: Fetch;
}

interface GlobalOptions {
  url?: string;
  token?: string;
  json?: boolean;
}

const collect = (value: string, previous: string[] | undefined): string[] => [...(previous ?? []), value];

const LAG_COUNT_CAP = 100_000;

function table(rows: readonly (readonly string[])[]): string {
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
  return (
    rows
      .map((r) =>
        r
          .map((cell, c) => cell.padEnd(widths[c]))
          .join('  ')
          .trimEnd(),
      )
      .join('\n') + '\n'
  );
}

export function formatLag(p: Pick<ProjectionStatus, 'lagEvents' | 'lagSeconds'>): string {
  if (p.lagEvents === 0) return 'current';
  const events = p.lagEvents >= LAG_COUNT_CAP ? `${LAG_COUNT_CAP}+` : String(p.lagEvents);
  return `${events} event${p.lagEvents === 1 ? '' : 's'}, ${p.lagSeconds.toFixed(1)} s`;
}

export function formatProjections(items: readonly ProjectionStatus[]): string {
  if (items.length === 0) return 'No projections.\n';
  return table([['NAME', 'POSITION', 'LAG'], ...items.map((p) => [p.name, p.position, formatLag(p)])]);
}

export function buildProgram(io: CliIo, state: { config?: CliConfig } = {}): Command {
  const program = new Command('custody')
    .description("Talks to the custody API over HTTP (errors print as 'code: detail', exit 1).")
    .option('--url <url>', `API base URL (env CUSTODY_URL, default ${DEFAULT_URL})`)
    .option('--token <token>', 'bearer token (env CUSTODY_TOKEN, else ./.custody/admin-token)')
    .option('--json', 'print the API answer as JSON')
    .showHelpAfterError()
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr });

  const connect = (command: Command): { api: ApiClient; opts: GlobalOptions } => {
    const opts = command.optsWithGlobals<GlobalOptions>();
    state.config = resolveConfig(opts, io.env, io.cwd);
    return { api: new ApiClient({ url: state.config.url, token: state.config.token, fetch: io.fetch }), opts };
  };
  const printJson = (value: unknown) => io.stdout(`${JSON.stringify(value, null, 2)}\n`);

  program
    .command('whoami')
    .description('Who the token belongs to (GET /v1/principals/me)')
    .action(async (_options: unknown, command: Command) => {
      const { api, opts } = connect(command);
      const me = await api.whoami();
      if (opts.json) return printJson(me);
      io.stdout(
        `${me.name} (${me.principalId})\n` +
          `roles:  ${me.roles.join(', ') || '-'}\n` +
          `groups: ${me.groups.join(', ') || '-'}\n`,
      );
    });

  const projections = program.command('projections').description('Read models fed from the event store');
  projections
    .command('list')
    .description('Every projection with its position and lag (GET /v1/projections)')
    .action(async (_options: unknown, command: Command) => {
      const { api, opts } = connect(command);
      const items = await api.listProjections();
      if (opts.json) return printJson(items);
      io.stdout(formatProjections(items));
    });
  projections
    .command('rebuild')
    .description('Empty a projection and replay every event into it (admin; POST /v1/projections/NAME/rebuild)')
    .argument('<name>', 'projection name, e.g. asset_summary')
    .action(async (name: string, _options: unknown, command: Command) => {
      const { api, opts } = connect(command);
      const result = await api.rebuildProjection(name);
      if (opts.json) return printJson(result);
      io.stdout(`Rebuilt ${result.name}: ${result.eventsProcessed} events processed\n`);
    });

  const principals = program.command('principals').description('Users, agents and edge hosts with their tokens');
  principals
    .command('create')
    .description('Create a principal and print its token, which is shown only this once (admin; POST /v1/principals)')
    .argument('<name>', 'who or what the token belongs to')
    .requiredOption('--role <role>', 'admin, operator, worker or reader (repeatable)', collect)
    .option('--group <group>', 'group membership (repeatable)', collect)
    .action(async (name: string, options: { role: string[]; group?: string[] }, command: Command) => {
      const { api, opts } = connect(command);
      const created = await api.createPrincipal({ name, roles: options.role, groups: options.group ?? [] });
      if (opts.json) return printJson(created);
      // The token alone goes to stdout, so `TOKEN=$(custody principals create ...)` captures just it.
      io.stderr(
        `Created ${created.name} (${created.principalId}), roles: ${created.roles.join(', ')}` +
          `${created.groups.length ? `, groups: ${created.groups.join(', ')}` : ''}.\n` +
          `Its token is shown only this once:\n`,
      );
      io.stdout(`${created.token}\n`);
    });

  return program;
}

/** Runs one command line; resolves to the exit code. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const state: { config?: CliConfig } = {};
  const program = buildProgram(io, state);
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return 0;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode; // already printed (usage, help)
    if (error instanceof ApiError) {
      io.stderr(`${error.code}: ${error.detail}\n`);
      if (error.status === 401 && state.config?.tokenSource === 'none') {
        io.stderr('(no token given: use --token, CUSTODY_TOKEN, or run where ./.custody/admin-token exists)\n');
      }
      return 1;
    }
    io.stderr(`error: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
}
