import { Argument, Command } from 'commander';
import { CliContext } from '../context';

const KIND = new Argument('<kind>', 'asset or fixture').choices(['asset', 'fixture']);

export function registerEquipmentCommands(program: Command, ctx: CliContext): void {
  const pid = program.command('pid').description('Persistent identifiers of instruments');
  pid
    .command('assign')
    .description('Assign a DOI or Handle to an asset or fixture (once; a failed mint can be retried as is)')
    .addArgument(KIND)
    .argument('<id>')
    .requiredOption('--scheme <scheme>', 'DOI or Handle')
    .option('--suffix <suffix>', 'the identifier after the prefix (default: a new UUID)')
    .action(async (kind: string, id: string, o: { scheme: string; suffix?: string }, command: Command) => {
      const { api, opts } = ctx.connect(command);
      const result = await api.post<{ scheme: string; value: string }>(
        `/v1/${kind}s/${encodeURIComponent(id)}/persistent-identifier`,
        { scheme: o.scheme, ...(o.suffix ? { suffix: o.suffix } : {}) },
      );
      ctx.print(opts, result, () => `${result.scheme} ${result.value}\n`);
    });
  program
    .command('pidinst')
    .description('The PIDINST 1.0 record of an asset or fixture, as JSON')
    .addArgument(KIND)
    .argument('<id>')
    .action(async (kind: string, id: string, _o: unknown, command: Command) => {
      const { api } = ctx.connect(command);
      const record = await api.get<unknown>(`/v1/${kind}s/${encodeURIComponent(id)}/pidinst`);
      ctx.io.stdout(`${JSON.stringify(record, null, 2)}\n`);
    });
}
