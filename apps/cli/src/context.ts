import { Command, InvalidArgumentError } from 'commander';
import { ApiClient, Fetch } from './api-client';
import { CliConfig, resolveConfig } from './config';
import { ProgressSink } from './progress';

/** Everything the CLI touches of the outside world, so tests can run it in-process with a fake fetch. */
export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly env: Record<string, string | undefined>;
  readonly cwd: string;
  readonly fetch?: Fetch;
  /** Progress bars and watch lines (the real CLI: process.stderr); absent in tests → no progress. */
  readonly progress?: ProgressSink;
  /** Reads all of standard input (login --token-stdin). */
  readonly readStdin?: () => Promise<string>;
  /** Colours for statuses (only on a terminal). */
  readonly color?: boolean;
  /** Registers a Ctrl-C handler for the duration of a watch; returns the function that removes it. */
  readonly onInterrupt?: (handler: () => void) => () => void;
}

export interface GlobalOptions {
  url?: string;
  token?: string;
  json?: boolean;
}

export interface CliState {
  config?: CliConfig;
}

/** What every command's action gets: the API client, the options, and the two ways of printing a result. */
export class CliContext {
  /** Set by a command whose call succeeded but whose answer means failure (an attestation that did not Match). */
  exitCode = 0;

  constructor(
    readonly io: CliIo,
    readonly state: CliState,
  ) {}

  connect(command: Command): { api: ApiClient; opts: GlobalOptions } {
    const opts = command.optsWithGlobals<GlobalOptions>();
    this.state.config = resolveConfig(opts, this.io.env, this.io.cwd);
    return {
      api: new ApiClient({ url: this.state.config.url, token: this.state.config.token, fetch: this.io.fetch }),
      opts,
    };
  }

  /** `--json`: the API's answer as JSON on stdout and nothing else; otherwise the human rendering. */
  print(opts: GlobalOptions, value: unknown, human: () => string): void {
    if (opts.json) this.io.stdout(`${JSON.stringify(value, null, 2)}\n`);
    else this.io.stdout(human());
  }
}

/** A command line that parses but cannot be carried out as given (exit 2, like commander's own usage errors). */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

export const collect = (value: string, previous: string[] | undefined): string[] => [...(previous ?? []), value];

export function positiveInt(value: string): number {
  if (!/^\d+$/.test(value) || Number(value) < 1) throw new InvalidArgumentError('must be a positive integer');
  return Number(value);
}

export function nonNegativeInt(value: string): number {
  if (!/^\d+$/.test(value)) throw new InvalidArgumentError('must be a whole number of bytes');
  return Number(value);
}

export function table(rows: readonly (readonly string[])[]): string {
  if (rows.length === 0) return '';
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => (r[c] ?? '').length)));
  return (
    rows
      .map((r) =>
        r
          .map((cell, c) => (cell ?? '').padEnd(widths[c]))
          .join('  ')
          .trimEnd(),
      )
      .join('\n') + '\n'
  );
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const isUuid = (value: string) => UUID.test(value);
