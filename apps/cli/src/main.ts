/**
 * The `custody` command (`npx custody …`, or `npm run custody -- …`). Speaks only HTTP to the API; see
 * `custody --help`.
 */
import { runCli } from './cli';

runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  env: process.env,
  cwd: process.cwd(),
  progress: process.stderr,
  color: !!process.stdout.isTTY && !process.env.NO_COLOR,
  readStdin: async () => {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString('utf8');
  },
  onInterrupt: (handler) => {
    const listener = () => handler();
    process.on('SIGINT', listener);
    return () => process.off('SIGINT', listener);
  },
}).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 1;
  },
);
