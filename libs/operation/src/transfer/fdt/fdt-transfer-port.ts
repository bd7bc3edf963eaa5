import { ChildProcess, spawn } from 'node:child_process';
import { constants, promises as fs, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { TransferFailure, localPathsOf } from '../transfer-locations';
import { isTerminal, progressOf, settle } from '../transfer-progress';
import { transferIdOf } from '../tree-digest';
import {
  TransferFailureCode,
  TransferHandle,
  TransferPort,
  TransferProgress,
  TransferRequest,
  TransferState,
} from '../transfer.port';

export interface FdtServer {
  readonly host: string;
  readonly port: number | undefined;
}

export interface FdtTransferOptions {
  /** argv of the client: `['java', '-jar', 'fdt.jar']` (CUSTODY_FDT_COMMAND). */
  readonly command: readonly string[];
  /** The FDT server that writes a target tier (CUSTODY_FDT_SERVERS), by target tier id. */
  readonly serverFor: (targetTierId: string) => FdtServer | undefined;
  /** Where each transfer's journal (sessions done, the client's pid) is kept. */
  readonly stateDir: string;
  /** `-P`: parallel TCP streams per session. 4. */
  readonly streams?: number;
  /** `-limit`: bytes per second. */
  readonly limitBytesPerSecond?: number;
  /** Files per client session (one directory at a time). 1000. */
  readonly batchFiles?: number;
  /** A session printing nothing this long is stuck (the client reports every few seconds): killed. 120 s. */
  readonly idleTimeoutMs?: number;
  /** How long a client asked to end (SIGTERM, on cancel) may take before it is killed. 5 s. */
  readonly terminateGraceMs?: number;
  /** Extra environment for the client. */
  readonly env?: Readonly<Record<string, string>>;
}

interface Batch {
  /** The target directory the server writes the files into (`-d`). */
  readonly directory: string;
  /** Absolute source paths (`-fl`). */
  readonly files: readonly string[];
  readonly bytes: number;
}

interface SessionOutcome {
  readonly moved: number;
  readonly failed: number;
  readonly bytes: number;
  readonly failure: { code: TransferFailureCode; detail: string } | null;
}

interface Journal {
  readonly handle: TransferHandle;
  state: TransferState;
  /** By batch index. */
  sessions: Record<string, SessionOutcome>;
  progress: TransferProgress | null;
  clientPid: number | null;
}

const UNREACHABLE =
  /ConnectException|Connection refused|UnknownHostException|No route to host|connect timed out|Unable to connect/i;
const DENIED = /Permission denied|Access denied|AccessDenied|not allowed/i;

let journalWrites = 0;

function errnoOf(error: unknown): string | undefined {
  return (error as { code?: string } | null)?.code;
}

/**
 * TransferPort over the FDT client (Fast Data Transfer, `java -jar fdt.jar`), run as a subprocess on the host that
 * holds the source: `-c <server> [-p <port>] -P <streams> -noupdates [-limit <rate>] -d <target dir> -fl <list>`.
 * The FDT server on the target's host writes each file under its own name into `-d`, so one session moves the files
 * of one directory (at most `batchFiles` of them). A session succeeded when the client exits 0 with
 * `Exit Status: OK`; a failed session of several files is retried one file per session, so the counters name the
 * files that failed; connection errors end the transfer (TransferEndpointUnreachable), permission errors too
 * (TransferAccessDenied). Sessions done are journalled, so a later process resumes at the first one not done (and
 * first kills a client a dead process left running). FDT reports no checksum of what it wrote: `observed` is
 * null, and the job measures the new copy itself.
 */
export class FdtTransferPort implements TransferPort {
  readonly name = 'fdt';
  private readonly runs = new Map<string, FdtRun>();

  constructor(private readonly options: FdtTransferOptions) {}

  async begin(request: TransferRequest): Promise<TransferHandle> {
    const handle: TransferHandle = { adapter: this.name, id: transferIdOf(this.name, request.idempotencyKey), request };
    const journal = await this.read(handle.id);
    if (!journal) await this.write({ handle, state: 'Active', sessions: {}, progress: null, clientPid: null });
    if (!journal || !isTerminal(journal.state)) this.ensure(journal?.handle ?? handle);
    return journal?.handle ?? handle;
  }

  async observe(handle: TransferHandle): Promise<TransferProgress> {
    const running = this.runs.get(handle.id);
    if (running) return running.snapshot();
    const journal = await this.read(handle.id);
    if (journal && isTerminal(journal.state)) return journal.progress ?? progressOf({ state: journal.state });
    if (!journal) await this.write({ handle, state: 'Active', sessions: {}, progress: null, clientPid: null });
    return this.ensure(journal?.handle ?? handle).snapshot();
  }

  async cancel(handle: TransferHandle): Promise<void> {
    const running = this.runs.get(handle.id);
    if (running) return running.cancel();
    const journal = await this.read(handle.id);
    if (journal && isTerminal(journal.state)) return;
    if (journal?.clientPid) await killLeftover(journal.clientPid, this.listFile(handle.id));
    const progress = progressOf({ state: 'Cancelled' });
    await this.write({
      handle,
      state: 'Cancelled',
      sessions: journal?.sessions ?? {},
      progress,
      clientPid: null,
    });
  }

  async stop(): Promise<void> {
    const runs = [...this.runs.values()];
    this.runs.clear();
    await Promise.all(runs.map((run) => run.stop()));
  }

  private ensure(handle: TransferHandle): FdtRun {
    let run = this.runs.get(handle.id);
    if (run) return run;
    run = new FdtRun(handle, this.options, {
      read: () => this.read(handle.id),
      write: (journal) => this.write(journal),
      listFile: this.listFile(handle.id),
      done: () => {
        if (this.runs.get(handle.id) === run) this.runs.delete(handle.id);
      },
    });
    this.runs.set(handle.id, run);
    run.start();
    return run;
  }

  private listFile(id: string): string {
    return path.join(this.options.stateDir, `${id}.files`);
  }

  private async read(id: string): Promise<Journal | null> {
    try {
      return JSON.parse(await fs.readFile(path.join(this.options.stateDir, `${id}.json`), 'utf8')) as Journal;
    } catch (error) {
      if (errnoOf(error) === 'ENOENT') return null;
      throw error;
    }
  }

  private async write(journal: Journal): Promise<void> {
    await fs.mkdir(this.options.stateDir, { recursive: true });
    const file = path.join(this.options.stateDir, `${journal.handle.id}.json`);
    // Unique per write: two instances in one process (a stopped one and its successor) must not share a temp file.
    const temp = `${file}.${process.pid}.${++journalWrites}.tmp`;
    const out = await fs.open(temp, constants.O_WRONLY | constants.O_CREAT | constants.O_TRUNC, 0o600);
    try {
      await out.writeFile(JSON.stringify(journal));
      await out.sync();
    } finally {
      await out.close();
    }
    await fs.rename(temp, file);
  }
}

/**
 * A client a dead process left running still writes the same files: stop it, and wait (bounded) until it is gone,
 * before sending them again.
 */
async function killLeftover(pid: number, listFile: string): Promise<void> {
  const isOurs = (): boolean => {
    try {
      // A zombie's cmdline is empty: it writes nothing any more.
      return readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(listFile);
    } catch {
      return false; // Gone already.
    }
  };
  if (!isOurs()) return;
  try {
    process.kill(pid, 'SIGKILL');
  } catch {
    return;
  }
  for (let waited = 0; waited < 2_000 && isOurs(); waited += 20) await new Promise((r) => setTimeout(r, 20));
}

interface RunStore {
  read(): Promise<Journal | null>;
  write(journal: Journal): Promise<void>;
  readonly listFile: string;
  done(): void;
}

class FdtRun {
  private journal: Journal | null = null;
  private state: TransferState = 'Pending';
  private filesTotal: number | null = null;
  private startedAt = Date.now();
  private client: ClientProcess | null = null;
  private cancelled = false;
  private stopped = false;
  private running: Promise<void> = Promise.resolve();

  constructor(
    private readonly handle: TransferHandle,
    private readonly options: FdtTransferOptions,
    private readonly store: RunStore,
  ) {}

  start(): void {
    this.running = this.run()
      .catch(async (error) => {
        if (this.stopped) return;
        const failure =
          error instanceof TransferFailure
            ? { code: error.code, detail: error.detail }
            : { code: 'TransferRejected' as const, detail: String((error as Error).message ?? error) };
        await this.finish({ ...this.snapshot(), state: 'Failed', partial: false, failure });
      })
      .catch(() => {
        // Not even the failure could be journalled: let the next observe run it again from the journal.
        this.store.done();
      });
  }

  snapshot(): TransferProgress {
    if (this.journal?.progress && isTerminal(this.journal.state)) return this.journal.progress;
    const sessions = Object.values(this.journal?.sessions ?? {});
    const bytesMoved = sessions.reduce((sum, s) => sum + s.bytes, 0);
    const seconds = (Date.now() - this.startedAt) / 1000;
    return progressOf({
      state: this.state,
      bytesMoved,
      bytesTotal: this.handle.request.expected.byteSize,
      filesTotal: this.filesTotal,
      filesMoved: sessions.reduce((sum, s) => sum + s.moved, 0),
      filesFailed: sessions.reduce((sum, s) => sum + s.failed, 0),
      bytesPerSecond: seconds > 0 ? Math.round(bytesMoved / seconds) : null,
    });
  }

  async cancel(): Promise<void> {
    this.cancelled = true;
    this.client?.end('SIGTERM');
    await this.running;
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.client?.end('SIGKILL');
    await this.running;
  }

  /** Journals the end, and only then shows it: an observer never sees an end that is not durable yet. */
  private async finish(progress: TransferProgress): Promise<void> {
    if (this.stopped) return;
    const journal = this.journal ?? (await this.store.read());
    const ended: Journal = {
      handle: this.handle,
      sessions: journal?.sessions ?? {},
      state: progress.state,
      progress,
      clientPid: null,
    };
    await this.store.write(ended);
    this.journal = ended;
    this.store.done();
  }

  private async run(): Promise<void> {
    this.journal = (await this.store.read()) ?? {
      handle: this.handle,
      state: 'Active',
      sessions: {},
      progress: null,
      clientPid: null,
    };
    if (this.journal.clientPid) await killLeftover(this.journal.clientPid, this.store.listFile);
    const { request } = this.handle;
    const server = this.options.serverFor(request.target.tierId);
    if (!server) {
      throw new TransferFailure('TransferRejected', `no FDT server is configured for tier ${request.target.tierId}`);
    }
    const batches = await this.plan();
    this.filesTotal = batches.reduce((sum, b) => sum + b.files.length, 0);
    this.state = 'Active';
    let stopAll: { code: TransferFailureCode; detail: string } | null = null;
    for (let index = 0; index < batches.length; index++) {
      if (this.journal.sessions[index]) continue;
      if (this.cancelled || this.stopped || (await this.store.read())?.state === 'Cancelled') break;
      const batch = batches[index];
      let outcome: SessionOutcome;
      if (stopAll) outcome = { moved: 0, failed: batch.files.length, bytes: 0, failure: stopAll };
      else {
        outcome = await this.session(batch, server);
        if (
          !this.cancelled &&
          !this.stopped &&
          outcome.failed > 0 &&
          batch.files.length > 1 &&
          outcome.failure?.code === 'TransferRejected'
        ) {
          outcome = await this.oneByOne(batch, server);
        }
      }
      if (this.cancelled || this.stopped) break;
      if (outcome.failure && outcome.failure.code !== 'TransferRejected') stopAll = outcome.failure;
      this.journal.sessions[index] = outcome;
      await this.store.write(this.journal);
    }
    if (this.stopped) return;
    if (this.cancelled || (await this.store.read())?.state === 'Cancelled') {
      await this.finish({ ...this.snapshot(), state: 'Cancelled' });
      return;
    }
    const firstFailure = Object.values(this.journal.sessions).find((s) => s.failure)?.failure ?? null;
    await this.finish(
      settle(this.snapshot(), {
        observed: null,
        expected: request.expected,
        firstFailure: firstFailure && { ...firstFailure },
      }),
    );
  }

  /** The files to send, grouped by target directory, in a stable order (a resumed run plans the same batches). */
  private async plan(): Promise<Batch[]> {
    const { request } = this.handle;
    const source = localPathsOf(request.source);
    const target = localPathsOf(request.target);
    let stat;
    try {
      stat = await fs.stat(source.full);
    } catch (error) {
      if (errnoOf(error) === 'ENOENT' || errnoOf(error) === 'ENOTDIR') {
        const rootThere = await fs.stat(source.root).then(
          () => true,
          () => false,
        );
        if (!rootThere)
          throw new TransferFailure(
            'TransferEndpointUnreachable',
            `the source tier root ${source.root} is not mounted here`,
          );
        throw new TransferFailure('TransferRejected', `no copy at ${request.source.path} on the source tier`);
      }
      throw error;
    }
    const realRoot = await fs.realpath(source.root);
    const real = await fs.realpath(source.full);
    if (real !== realRoot && !real.startsWith(`${realRoot}/`)) {
      throw new TransferFailure('TransferRejected', `${request.source.path} resolves outside the source tier root`);
    }
    if (request.kind === 'file') {
      if (!stat.isFile()) throw new TransferFailure('TransferRejected', `${request.source.path} is not a regular file`);
      if (path.basename(source.full) !== path.basename(target.full)) {
        throw new TransferFailure('TransferRejected', 'FDT writes a file under its own name: the target must keep it');
      }
      return [{ directory: path.dirname(target.full), files: [real], bytes: stat.size }];
    }
    if (!stat.isDirectory()) throw new TransferFailure('TransferRejected', `${request.source.path} is not a directory`);
    const byDirectory = new Map<string, { file: string; size: number }[]>();
    const visit = async (dir: string, rel: string[]): Promise<void> => {
      const entries = await fs.readdir(dir, { withFileTypes: true });
      entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
      for (const entry of entries) {
        const at = path.join(dir, entry.name);
        if (entry.isSymbolicLink()) {
          const resolved = await fs.realpath(at).catch(() => at);
          if (resolved !== realRoot && !resolved.startsWith(`${realRoot}/`)) {
            throw new TransferFailure(
              'TransferRejected',
              `the link ${[...rel, entry.name].join('/')} points out of the source tier`,
            );
          }
        } else if (entry.isDirectory()) await visit(at, [...rel, entry.name]);
        else if (entry.isFile()) {
          const key = path.join(target.full, ...rel);
          const list = byDirectory.get(key) ?? [];
          list.push({ file: at, size: (await fs.lstat(at)).size });
          byDirectory.set(key, list);
        }
      }
    };
    await visit(real, []);
    const batchFiles = this.options.batchFiles ?? 1000;
    const batches: Batch[] = [];
    for (const [directory, files] of [...byDirectory.entries()].sort(([a], [b]) => (a < b ? -1 : 1))) {
      for (let i = 0; i < files.length; i += batchFiles) {
        const slice = files.slice(i, i + batchFiles);
        batches.push({ directory, files: slice.map((f) => f.file), bytes: slice.reduce((s, f) => s + f.size, 0) });
      }
    }
    return batches;
  }

  private async oneByOne(batch: Batch, server: FdtServer): Promise<SessionOutcome> {
    let moved = 0;
    let failed = 0;
    let bytes = 0;
    let failure: SessionOutcome['failure'] = null;
    for (const file of batch.files) {
      if (this.cancelled || this.stopped) break;
      const size = (await fs.stat(file)).size;
      const outcome = await this.session({ directory: batch.directory, files: [file], bytes: size }, server);
      moved += outcome.moved;
      failed += outcome.failed;
      bytes += outcome.bytes;
      failure ??= outcome.failure;
    }
    return { moved, failed, bytes, failure };
  }

  /** One run of the client; resolves how it ended (never rejects for a failed transfer). */
  private async session(batch: Batch, server: FdtServer): Promise<SessionOutcome> {
    const failed = (code: TransferFailureCode, detail: string): SessionOutcome => ({
      moved: 0,
      failed: batch.files.length,
      bytes: 0,
      failure: { code, detail },
    });
    await fs.writeFile(this.store.listFile, `${batch.files.join('\n')}\n`);
    // Checked after the last await before the spawn: a cancel() or stop() that came earlier found no client to end.
    if (this.cancelled || this.stopped) return failed('TransferRejected', 'the session was not started');
    const args = [
      ...this.options.command.slice(1),
      '-c',
      server.host,
      ...(server.port ? ['-p', String(server.port)] : []),
      '-P',
      String(this.options.streams ?? 4),
      '-noupdates',
      ...(this.options.limitBytesPerSecond
        ? ['-limit', String(Math.max(1, Math.round(this.options.limitBytesPerSecond)))]
        : []),
      '-d',
      batch.directory,
      '-fl',
      this.store.listFile,
    ];
    const idleMs = this.options.idleTimeoutMs ?? 120_000;
    const client = startClient(this.options.command[0], args, {
      env: { ...process.env, ...this.options.env },
      idleMs,
      graceMs: this.options.terminateGraceMs ?? 5_000,
    });
    this.client = client;
    const watchCancel = setInterval(() => {
      void this.store.read().then(
        (j) => {
          if (j?.state === 'Cancelled') {
            this.cancelled = true;
            client.end('SIGTERM');
          }
        },
        () => undefined,
      );
    }, 500);
    let journalError: unknown = null;
    if (this.journal && client.pid) {
      this.journal.clientPid = client.pid;
      try {
        await this.store.write(this.journal);
      } catch (error) {
        journalError = error; // The client must not outlive a session whose journal could not be written.
        client.end('SIGKILL');
      }
    }
    // The client may well have exited during that write: `exited` has been listening since the spawn.
    const ended = await client.exited;
    clearInterval(watchCancel);
    this.client = null;
    if (this.journal) this.journal.clientPid = null;
    if (journalError) throw journalError;
    const { code, output } = ended;
    if (code === 0 && /Exit Status: OK/.test(output)) {
      return { moved: batch.files.length, failed: 0, bytes: batch.bytes, failure: null };
    }
    if (ended.notStarted) return failed('TransferRejected', `the FDT client could not be started: ${lastLine(output)}`);
    if (ended.stuck) return failed('TransferEndpointUnreachable', `the FDT client made no progress for ${idleMs} ms`);
    if (UNREACHABLE.test(output)) return failed('TransferEndpointUnreachable', lastMatch(output, UNREACHABLE));
    if (DENIED.test(output)) return failed('TransferAccessDenied', lastMatch(output, DENIED));
    const how = code === null ? `was killed by ${ended.signal ?? 'a signal'}` : `exited ${code}`;
    return failed('TransferRejected', `the FDT client ${how}: ${lastLine(output)}`);
  }
}

interface ClientExit {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  /** The last 64 KiB of stdout and stderr. */
  readonly output: string;
  /** Killed after printing nothing for the idle timeout. */
  readonly stuck: boolean;
  /** The command could not be run at all. */
  readonly notStarted: boolean;
}

interface ClientProcess {
  readonly pid: number | undefined;
  /** Resolves once the client has exited and its output is read (never rejects). */
  readonly exited: Promise<ClientExit>;
  /** Asks it to end; SIGTERM is followed by SIGKILL after the grace period. Idempotent. */
  end(signal: 'SIGTERM' | 'SIGKILL'): void;
}

/**
 * Spawns the client and, before anything else can happen, listens to all of it: its output (read as it comes, so a
 * full pipe never blocks it), its exit and its start failure. Every wait is bounded: the idle timeout, the grace
 * after SIGTERM, and the wait for the pipes to close after the exit (a descendant may hold them open).
 */
function startClient(
  command: string,
  args: readonly string[],
  options: { env: NodeJS.ProcessEnv; idleMs: number; graceMs: number },
): ClientProcess {
  const child: ChildProcess = spawn(command, args, { env: options.env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  let stuck = false;
  let exitedAlready = false;
  let idle: NodeJS.Timeout | undefined;
  let grace: NodeJS.Timeout | undefined;
  let pipes: NodeJS.Timeout | undefined;
  const kill = (signal: NodeJS.Signals): void => {
    if (exitedAlready) return;
    try {
      child.kill(signal);
    } catch {
      // Already gone.
    }
  };
  const touch = (): void => {
    clearTimeout(idle);
    idle = setTimeout(() => {
      stuck = true;
      kill('SIGKILL');
    }, options.idleMs);
  };
  const collect = (chunk: Buffer): void => {
    output = (output + chunk.toString('utf8')).slice(-64 * 1024);
    touch();
  };
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);
  touch();
  const exited = new Promise<ClientExit>((resolve) => {
    let exit: { code: number | null; signal: NodeJS.Signals | null } | null = null;
    const settleWith = (notStarted: boolean): void => {
      clearTimeout(idle);
      clearTimeout(grace);
      clearTimeout(pipes);
      resolve({ code: exit?.code ?? null, signal: exit?.signal ?? null, output, stuck, notStarted });
    };
    child.once('error', (error) => {
      output += `\n${String(error)}`;
      if (child.pid === undefined) {
        exitedAlready = true;
        settleWith(true);
      }
    });
    child.once('exit', (code, signal) => {
      exitedAlready = true;
      exit = { code, signal };
      clearTimeout(idle);
      clearTimeout(grace);
      pipes = setTimeout(() => {
        child.stdout?.destroy();
        child.stderr?.destroy();
        settleWith(false);
      }, 2_000);
    });
    child.once('close', (code: number | null, signal: NodeJS.Signals | null) => {
      exit ??= { code, signal };
      settleWith(false);
    });
  });
  let ending: 'SIGTERM' | 'SIGKILL' | null = null;
  return {
    pid: child.pid,
    exited,
    end(signal) {
      if (exitedAlready || ending === 'SIGKILL' || ending === signal) return;
      ending = signal;
      kill(signal);
      if (signal === 'SIGTERM') grace = setTimeout(() => kill('SIGKILL'), options.graceMs);
    },
  };
}

function lastLine(output: string): string {
  const lines = output
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  return lines.find((l) => /finished with errors|Exception|WARNING/.test(l)) ?? lines.at(-1) ?? 'no output';
}

function lastMatch(output: string, pattern: RegExp): string {
  return (
    output
      .split('\n')
      .map((l) => l.trim())
      .find((l) => pattern.test(l)) ?? lastLine(output)
  );
}
