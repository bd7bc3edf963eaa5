import { Argument, Command, CommanderError } from 'commander';
import { ApiError } from './api-client';
import { registerAcquisitionCommands } from './commands/acquisition.commands';
import { registerAdminCommands } from './commands/admin.commands';
import { registerArtifactCommands } from './commands/artifact.commands';
import { registerAuthCommands } from './commands/auth.commands';
import { registerDataCommands } from './commands/data.commands';
import { registerEquipmentCommands } from './commands/equipment.commands';
import { registerLineageCommands } from './commands/lineage.commands';
import { registerOperationCommands } from './commands/operation.commands';
import { completionScript } from './completion';
import { CliContext, CliIo, CliState, UsageError } from './context';
import { DEFAULT_URL } from './config';

export type { CliIo } from './context';
export { formatLag, formatProjections } from './commands/admin.commands';

/** Exit codes: 0 done, 1 the API (or the data) said no, 2 the command line itself was wrong. */
export const EXIT = { ok: 0, failed: 1, usage: 2 } as const;

export function buildProgram(ctx: CliContext): Command {
  const { io } = ctx;
  const program = new Command('custody')
    .description(
      "custody's command line: speaks the HTTP API. Errors print as 'code: detail' on stderr (exit 1; 2 for usage).",
    )
    .option('--url <url>', `API base URL (env CUSTODY_URL, else the login's, else ${DEFAULT_URL})`)
    .option('--token <token>', 'bearer token (env CUSTODY_TOKEN, else the login, else ./.custody/admin-token)')
    .option('--json', 'print the API answer as JSON on stdout, nothing else')
    .showHelpAfterError()
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr });

  registerAuthCommands(program, ctx);
  registerArtifactCommands(program, ctx);
  registerDataCommands(program, ctx);
  registerEquipmentCommands(program, ctx);
  registerLineageCommands(program, ctx);
  registerOperationCommands(program, ctx);
  registerAcquisitionCommands(program, ctx);
  registerAdminCommands(program, ctx);
  program
    .command('completion')
    .description('Print a shell completion script: eval "$(custody completion bash)"')
    .addArgument(new Argument('<shell>').choices(['bash', 'zsh']))
    .action((shell: 'bash' | 'zsh') => io.stdout(completionScript(program, shell)));

  // Every (sub)command reports usage errors through the same channel and exits like the program.
  const inherit = (command: Command) => {
    for (const sub of command.commands) {
      sub.exitOverride().configureOutput({ writeOut: io.stdout, writeErr: io.stderr }).showHelpAfterError();
      inherit(sub);
    }
  };
  inherit(program);
  return program;
}

/** Runs one command line; resolves to the exit code. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const state: CliState = {};
  const ctx = new CliContext(io, state);
  const program = buildProgram(ctx);
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return ctx.exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help and version are successes; anything else commander refused is a usage error (already printed).
      return ['commander.helpDisplayed', 'commander.help', 'commander.version'].includes(error.code) ||
        error.exitCode === 0
        ? EXIT.ok
        : EXIT.usage;
    }
    if (error instanceof ApiError) {
      io.stderr(`${error.code}: ${error.detail}\n`);
      if (error.status === 401 && state.config?.tokenSource === 'none') {
        io.stderr('(no token: run `custody login`, or use --token / CUSTODY_TOKEN)\n');
      }
      return EXIT.failed;
    }
    if (error instanceof UsageError) {
      io.stderr(`error: ${(error as Error).message}\n`);
      return EXIT.usage;
    }
    io.stderr(`error: ${error instanceof Error ? error.message : String(error)}\n`);
    return EXIT.failed;
  }
}
