import { Command } from 'commander';
import { ApiClient, Principal } from '../api-client';
import { checkUrl, DEFAULT_URL, loginFile, removeLogin, writeLogin } from '../config';
import { CliContext } from '../context';

export function registerAuthCommands(program: Command, ctx: CliContext): void {
  const { io } = ctx;
  program
    .command('login')
    .description(`Check a token against the API and store it with the URL in ${'~/.config/custody/config.json'} (0600)`)
    .option('--token-stdin', 'read the token from standard input (else --token or CUSTODY_TOKEN)')
    .action(async (options: { tokenStdin?: boolean }, command: Command) => {
      const opts = command.optsWithGlobals<{ url?: string; token?: string; json?: boolean }>();
      const url = checkUrl(opts.url || io.env.CUSTODY_URL || DEFAULT_URL);
      let token = opts.token || io.env.CUSTODY_TOKEN || '';
      if (options.tokenStdin) token = ((await io.readStdin?.()) ?? '').trim();
      if (!token) throw new Error('no token: pass --token-stdin (e.g. `cat token | custody login --token-stdin`)');
      const me = await new ApiClient({ url, token, fetch: io.fetch }).request<Principal>('GET', '/v1/principals/me');
      const file = writeLogin(io.env, { url, token });
      ctx.print(opts, { url, principal: me, file }, () => `Logged in to ${url} as ${me.name} (${me.principalId}).\n`);
    });

  program
    .command('logout')
    .description('Forget the stored URL and token')
    .action((_options: unknown, command: Command) => {
      const opts = command.optsWithGlobals<{ json?: boolean }>();
      const removed = removeLogin(io.env);
      ctx.print(opts, { removed, file: loginFile(io.env) }, () => (removed ? 'Logged out.\n' : 'Not logged in.\n'));
    });

  program
    .command('whoami')
    .description('Who the token belongs to (GET /v1/principals/me)')
    .action(async (_options: unknown, command: Command) => {
      const { api, opts } = ctx.connect(command);
      const me = await api.whoami();
      ctx.print(
        opts,
        me,
        () =>
          `${me.name} (${me.principalId})\n` +
          `roles:  ${me.roles.join(', ') || '-'}\n` +
          `groups: ${me.groups.join(', ') || '-'}\n`,
      );
    });
}
