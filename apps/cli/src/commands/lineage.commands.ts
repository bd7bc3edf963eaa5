import { Command, Option } from 'commander';
import { randomUUID } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ApiClient, query } from '../api-client';
import { regularFiles, sha256File } from '../checksum';
import { CliContext, positiveInt, UsageError } from '../context';
import { createProgress } from '../progress';

interface Hash {
  algorithm: string;
  digest: string;
}
export interface LineageManifest {
  clientSessionId?: string;
  git?: { repo: string; commit: string; branch: string };
  jobs: Array<{ jobUid: string; command: string; stepNumber: number; startedAt: string; [k: string]: unknown }>;
  artifacts: Array<{ hashes: Hash[]; size: number; sourceType: string; sourceUrl?: string }>;
  links: Array<{ jobUid: string; direction: 'input' | 'output'; hash: Hash; path: string }>;
}

export interface GraphNode {
  id: string;
  kind: string;
  [k: string]: unknown;
}
export interface Graph {
  nodes: GraphNode[];
  edges: Array<{ from: string; to: string; kind: string }>;
  truncated: boolean;
}

/** Batches sized well under the 16 MiB lineage body limit (roar's client sends ~90 KB batches). */
const BATCH = { jobs: 1000, artifacts: 5000, links: 5000 };

function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

export function checkManifest(value: unknown): LineageManifest {
  const m = value as Partial<LineageManifest>;
  if (!m || typeof m !== 'object' || !Array.isArray(m.jobs) || !Array.isArray(m.artifacts) || !Array.isArray(m.links))
    throw new UsageError('a lineage manifest is a JSON object with arrays "jobs", "artifacts" and "links"');
  return m as LineageManifest;
}

/** Opens (or resumes) a session, stages jobs, artifacts and links in batches, and finalizes with the counts. */
export async function registerManifest(api: ApiClient, manifest: LineageManifest, onStep: (step: string) => void) {
  const session = await api.post<{ sessionId: string; created: boolean }>('/v1/lineage/sessions', {
    ...(manifest.clientSessionId ? { clientSessionId: manifest.clientSessionId } : {}),
    ...(manifest.git ? { git: manifest.git } : {}),
  });
  const base = `/v1/lineage/sessions/${session.sessionId}`;
  const totals = { jobs: { created: 0, existing: 0 }, artifacts: { created: 0, existing: 0 }, linked: 0 };
  for (const batch of chunks(manifest.jobs, BATCH.jobs)) {
    const r = await api.post<{ created: number; existing: number }>(`${base}/jobs`, { jobs: batch });
    totals.jobs.created += r.created;
    totals.jobs.existing += r.existing;
    onStep(`jobs ${totals.jobs.created + totals.jobs.existing}/${manifest.jobs.length}`);
  }
  for (const batch of chunks(manifest.artifacts, BATCH.artifacts)) {
    const r = await api.post<{ created: number; existing: number }>(`${base}/artifacts`, { artifacts: batch });
    totals.artifacts.created += r.created;
    totals.artifacts.existing += r.existing;
    onStep(`artifacts ${totals.artifacts.created + totals.artifacts.existing}/${manifest.artifacts.length}`);
  }
  for (const batch of chunks(manifest.links, BATCH.links)) {
    const r = await api.post<{ linked: number }>(`${base}/links`, { links: batch });
    totals.linked += r.linked;
    onStep(`links ${totals.linked}/${manifest.links.length}`);
  }
  const expected = {
    jobs: manifest.jobs.length,
    inputs: manifest.links.filter((l) => l.direction === 'input').length,
    outputs: manifest.links.filter((l) => l.direction === 'output').length,
  };
  const finalized = await api.post<{ sessionId: string; status: string; lineageHash: string }>(`${base}/finalize`, {
    expected,
  });
  return { ...finalized, created: session.created, totals, expected };
}

/** One job whose outputs are the regular files of a folder (and whose inputs are the files given), hashed here. */
export async function manifestFromDir(
  dir: string,
  options: { command: string; inputs: readonly string[]; jobUid?: string },
  onFile: (done: number, total: number) => void,
): Promise<LineageManifest> {
  const jobUid = options.jobUid ?? randomUUID();
  const outputs = regularFiles(dir)
    .sort()
    .map((rel) => path.join(dir, ...rel.split('/')));
  const all = [
    ...options.inputs.map((f) => ({ file: f, direction: 'input' as const })),
    ...outputs.map((f) => ({ file: f, direction: 'output' as const })),
  ];
  const artifacts: LineageManifest['artifacts'] = [];
  const links: LineageManifest['links'] = [];
  const seen = new Set<string>();
  for (const [i, entry] of all.entries()) {
    const digest = await sha256File(entry.file);
    const hash = { algorithm: 'sha256', digest };
    if (!seen.has(digest)) {
      seen.add(digest);
      artifacts.push({
        hashes: [hash],
        size: fs.statSync(entry.file).size,
        sourceType: 'file',
        sourceUrl: `file://${path.resolve(entry.file)}`,
      });
    }
    links.push({ jobUid, direction: entry.direction, hash, path: path.resolve(entry.file) });
    onFile(i + 1, all.length);
  }
  return {
    jobs: [{ jobUid, command: options.command, stepNumber: 1, startedAt: new Date().toISOString() }],
    artifacts,
    links,
  };
}

function label(node: GraphNode | undefined, id: string): string {
  if (!node) return id;
  const name = ['title', 'name', 'command', 'path', 'state'].map((k) => node[k]).find((v) => typeof v === 'string');
  return name ? `${id}  ${String(name).slice(0, 80)}` : id;
}

/**
 * The graph as a text tree from the start node: each line an edge kind with its orientation (→ from the parent,
 * ← into it) and the node; a node met again is marked instead of expanded, so cycles and diamonds stay finite.
 */
export function drawGraph(graph: Graph, start: string): string {
  const nodes = new Map(graph.nodes.map((n) => [n.id, n]));
  const adjacent = new Map<string, Array<{ edge: number; other: string; kind: string; outgoing: boolean }>>();
  graph.edges.forEach((e, edge) => {
    adjacent.set(e.from, [...(adjacent.get(e.from) ?? []), { edge, other: e.to, kind: e.kind, outgoing: true }]);
    adjacent.set(e.to, [...(adjacent.get(e.to) ?? []), { edge, other: e.from, kind: e.kind, outgoing: false }]);
  });
  const lines = [label(nodes.get(start), start)];
  const expanded = new Set([start]);
  // An edge is drawn once, under the first node that lists it (claimed before that node's children are walked).
  const claimed = new Set<number>();
  const walk = (id: string, prefix: string) => {
    const next = (adjacent.get(id) ?? []).filter((e) => !claimed.has(e.edge));
    next.sort((a, b) => a.kind.localeCompare(b.kind) || a.other.localeCompare(b.other));
    for (const e of next) claimed.add(e.edge);
    next.forEach((e, i) => {
      const last = i === next.length - 1;
      const again = expanded.has(e.other);
      const arrow = e.outgoing ? `${e.kind} →` : `← ${e.kind}`;
      lines.push(
        `${prefix}${last ? '└─' : '├─'} ${arrow} ${label(nodes.get(e.other), e.other)}${again ? ' (see above)' : ''}`,
      );
      if (!again) {
        expanded.add(e.other);
        walk(e.other, `${prefix}${last ? '   ' : '│  '}`);
      }
    });
  };
  walk(start, '');
  if (graph.truncated) lines.push('… (truncated at the server’s node limit)');
  return `${lines.join('\n')}\n`;
}

export function registerLineageCommands(program: Command, ctx: CliContext): void {
  const { io } = ctx;
  const lineage = program.command('lineage').description('Register traced pipelines and walk the lineage graph');
  lineage
    .command('register')
    .description('Register a lineage manifest (jobs, artifacts, links), or one job over a folder (--from-dir)')
    .argument('[manifest]', 'manifest JSON file (format: README "Lineage manifest")')
    .option('--from-dir <dir>', 'hash the files of a folder as the outputs of one job')
    .option('--input <file>', 'with --from-dir: a file the job read (repeatable)', (v: string, p: string[] = []) => [
      ...p,
      v,
    ])
    .option('--job-command <command>', 'with --from-dir: the job’s command line')
    .option('--job-uid <uid>', 'with --from-dir: the job’s id (default: a new UUID)')
    .action(async (file: string | undefined, o: FromDirOptions, command: Command) => {
      const { api, opts } = ctx.connect(command);
      let manifest: LineageManifest;
      if (o.fromDir) {
        const progress = createProgress(io.progress, 'hashing', 'files');
        const dir = path.resolve(io.cwd, o.fromDir);
        manifest = await manifestFromDir(
          dir,
          {
            command: o.jobCommand ?? `custody lineage register --from-dir ${o.fromDir}`,
            inputs: (o.input ?? []).map((f) => path.resolve(io.cwd, f)),
            jobUid: o.jobUid,
          },
          (done, total) => progress.update(done, total),
        );
        progress.stop();
      } else {
        if (!file) throw new UsageError('give a manifest file or --from-dir');
        manifest = checkManifest(JSON.parse(fs.readFileSync(path.resolve(io.cwd, file), 'utf8')));
      }
      const result = await registerManifest(api, manifest, (step) => io.progress?.write(`${step}\n`));
      ctx.print(
        opts,
        result,
        () =>
          `Session ${result.sessionId} ${result.status}: ${result.expected.jobs} jobs, ${manifest.artifacts.length} artifacts, ` +
          `${result.expected.inputs} inputs, ${result.expected.outputs} outputs\nlineageHash ${result.lineageHash}\n`,
      );
    });
  lineage
    .command('show')
    .description('Walk the graph from a node and draw it as a text tree')
    .argument('<node>', 'artifact:<alg>:<digest> | job:<uid> | dataset:<id> | run:<id> | asset:<id> | fixture:<id>')
    .addOption(new Option('--upstream', 'towards what it came from').conflicts(['downstream']))
    .addOption(new Option('--downstream', 'towards what came of it').conflicts(['upstream']))
    .option('--depth <n>', '1..50', positiveInt, 5)
    .action(async (node: string, o: { upstream?: boolean; downstream?: boolean; depth: number }, command: Command) => {
      const { api, opts } = ctx.connect(command);
      const direction = o.upstream ? 'upstream' : o.downstream ? 'downstream' : 'both';
      const graph = await api.get<Graph>(`/v1/lineage/graph${query({ node, direction, depth: o.depth })}`);
      const start = graph.nodes.find((n) => n.id === node)?.id ?? graph.nodes[0]?.id ?? node;
      ctx.print(opts, graph, () => drawGraph(graph, start));
    });
}

interface FromDirOptions {
  fromDir?: string;
  input?: string[];
  jobCommand?: string;
  jobUid?: string;
}
