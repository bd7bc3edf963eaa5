import { Inject, Injectable } from '@nestjs/common';
import { DomainError, isUuid, notFound } from '@custody/kernel';
import { ProjectionRunner, validationFailed } from '@custody/platform';
import { DataSource } from 'typeorm';
import { DIGEST_HEX_LENGTH } from '../aggregates/lineage-session/lineage-hashes';
import { HashAlgorithm } from '../aggregates/lineage-session/lineage-session.events';
import { LINEAGE_GRAPH } from '../projections/lineage-graph.projection';

export const NODE_KINDS = ['artifact', 'job', 'dataset', 'run', 'asset', 'fixture'] as const;
export type NodeKind = (typeof NODE_KINDS)[number];
export type Direction = 'upstream' | 'downstream' | 'both';

/** A walk stops here and says `truncated: true`. */
export const MAX_GRAPH_NODES = 10_000;
/** Rows the recursive walk may produce ((node, depth) pairs) before it is cut short. */
const MAX_WALK_ROWS = 200_000;

export interface GraphNode {
  readonly id: string;
  readonly kind: string;
  readonly depth: number;
  readonly [attribute: string]: unknown;
}
export interface GraphEdge {
  readonly from: string;
  readonly to: string;
  readonly kind: string;
}
export interface LineageGraph {
  readonly nodes: GraphNode[];
  readonly edges: GraphEdge[];
  readonly truncated: boolean;
}

const NOT_FOUND_CODES: Record<NodeKind, string> = {
  artifact: 'ArtifactNotFound',
  job: 'JobNotFound',
  dataset: 'DatasetNotFound',
  run: 'RunNotFound',
  asset: 'AssetNotFound',
  fixture: 'FixtureNotFound',
};

const HASH_REF = /^(sha256|blake3|md5):([0-9a-fA-F]+)$/;

/** `alg:digest` as a hash, or null when it is not one custody accepts. */
export function parseHashRef(ref: string): { algorithm: HashAlgorithm; digest: string } | null {
  const match = HASH_REF.exec(ref);
  if (!match) return null;
  const algorithm = match[1] as HashAlgorithm;
  return match[2].length === DIGEST_HEX_LENGTH[algorithm] ? { algorithm, digest: match[2].toLowerCase() } : null;
}

/** Splits `kind:rest` or refuses it with ValidationFailed naming the parameter. */
export function parseNodeRef(node: string): { kind: NodeKind; rest: string } {
  const colon = node.indexOf(':');
  const kind = node.slice(0, colon) as NodeKind;
  const rest = node.slice(colon + 1);
  const bad = (message: string): DomainError => validationFailed([{ path: 'node', message }]);
  if (colon < 1 || !NODE_KINDS.includes(kind) || rest.length === 0) {
    throw bad('must be artifact:<alg>:<digest>, job:<jobUid>, dataset:<id>, run:<id>, asset:<id> or fixture:<id>');
  }
  if (['dataset', 'run', 'asset', 'fixture'].includes(kind) && !isUuid(rest)) throw bad(`a ${kind} id is a UUID`);
  if (kind === 'artifact' && HASH_REF.test(rest) && !parseHashRef(rest)) throw bad('the digest has the wrong length');
  return { kind, rest };
}

interface NodeRow {
  node_id: string;
  kind: string;
  attrs: Record<string, unknown>;
}

/** Reads of the lineage graph: start-node resolution, and walks by recursive SQL over the two edge indexes. */
@Injectable()
export class LineageGraphReader {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    private readonly projections: ProjectionRunner,
  ) {}

  /** Brings the graph up to every event committed before this read (the caller's own writes included). */
  current(): Promise<void> {
    return this.projections.ensureCurrent(LINEAGE_GRAPH);
  }

  /** The node id a `kind:rest` reference names, or `<Kind>NotFound`. */
  async resolve(node: string): Promise<string> {
    const { kind, rest } = parseNodeRef(node);
    let nodeId = kind === 'job' || kind === 'artifact' ? node : `${kind}:${rest.toLowerCase()}`;
    const hash = kind === 'artifact' ? parseHashRef(rest) : null;
    if (hash) {
      const rows: { node_id: string }[] = await this.dataSource.query(
        `SELECT a.node_id FROM lineage_artifact_hashes h JOIN lineage_artifacts a USING (artifact_id)
          WHERE h.algorithm = $1 AND h.digest = $2`,
        [hash.algorithm, hash.digest],
      );
      nodeId = rows[0]?.node_id ?? `artifact:${hash.algorithm}:${hash.digest}`;
    }
    const rows: { node_id: string }[] = await this.dataSource.query(
      `SELECT node_id FROM lineage_nodes WHERE node_id = $1`,
      [nodeId],
    );
    if (rows.length === 0)
      throw notFound(NOT_FOUND_CODES[kind], `No ${kind} ${JSON.stringify(rest)} in the lineage graph.`);
    return nodeId;
  }

  async walk(start: string, direction: Direction, depth: number): Promise<LineageGraph> {
    const up = direction !== 'downstream';
    const down = direction !== 'upstream';
    // (node, depth) pairs, breadth first; UNION drops repeats, so a diamond costs a row per depth, not per path.
    const reached: { node_id: string; depth: number }[] = await this.dataSource.query(
      `WITH RECURSIVE walk (node_id, depth) AS (
           SELECT $1::text, 0
         UNION
           SELECT next.node_id, w.depth + 1
             FROM walk w
             CROSS JOIN LATERAL (
               SELECT e.up_id AS node_id FROM lineage_edges e WHERE $3::boolean AND e.down_id = w.node_id
               UNION ALL
               SELECT e.down_id FROM lineage_edges e WHERE $4::boolean AND e.up_id = w.node_id
             ) next
            WHERE w.depth < $2)
       SELECT node_id, min(depth)::int AS depth
         FROM (SELECT node_id, depth FROM walk LIMIT ${MAX_WALK_ROWS}) w
        GROUP BY node_id
        ORDER BY min(depth), node_id
        LIMIT ${MAX_GRAPH_NODES + 1}`,
      [start, depth, up, down],
    );
    const truncated = reached.length > MAX_GRAPH_NODES;
    const kept = reached.slice(0, MAX_GRAPH_NODES);
    const ids = kept.map((r) => r.node_id);
    const depthOf = new Map(kept.map((r) => [r.node_id, r.depth]));
    const [nodes, edges]: [NodeRow[], { down_id: string; up_id: string; kind: string }[]] = await Promise.all([
      this.dataSource.query(`SELECT node_id, kind, attrs FROM lineage_nodes WHERE node_id = ANY($1::text[])`, [ids]),
      this.dataSource.query(
        `SELECT down_id, up_id, kind FROM lineage_edges WHERE down_id = ANY($1::text[]) AND up_id = ANY($1::text[])`,
        [ids],
      ),
    ]);
    const byId = new Map(nodes.map((n) => [n.node_id, n]));
    return {
      nodes: ids.map((id) => {
        const row = byId.get(id);
        return {
          ...(row?.attrs ?? {}),
          id,
          kind: row?.kind ?? id.slice(0, id.indexOf(':')),
          depth: depthOf.get(id) ?? 0,
        };
      }),
      edges: edges
        .map((e) =>
          e.kind === 'generated'
            ? { from: e.up_id, to: e.down_id, kind: e.kind }
            : { from: e.down_id, to: e.up_id, kind: e.kind },
        )
        .sort((a, b) => (a.from + a.to + a.kind < b.from + b.to + b.kind ? -1 : 1)),
      truncated,
    };
  }

  /** The jobs on either side of an artifact node: those that generated it and those that used it. */
  async jobsAround(
    nodeId: string,
  ): Promise<{ producedBy: Record<string, unknown>[]; consumedBy: Record<string, unknown>[] }> {
    const rows: { role: 'producedBy' | 'consumedBy'; node_id: string; attrs: Record<string, unknown> }[] =
      await this.dataSource.query(
        `SELECT 'producedBy' AS role, n.node_id, n.attrs FROM lineage_edges e JOIN lineage_nodes n ON n.node_id = e.up_id
          WHERE e.down_id = $1 AND e.kind = 'generated'
         UNION ALL
         SELECT 'consumedBy', n.node_id, n.attrs FROM lineage_edges e JOIN lineage_nodes n ON n.node_id = e.down_id
          WHERE e.up_id = $1 AND e.kind = 'used'
         ORDER BY 2`,
        [nodeId],
      );
    const view = (r: (typeof rows)[number]) => ({ ...r.attrs, id: r.node_id });
    return {
      producedBy: rows.filter((r) => r.role === 'producedBy').map(view),
      consumedBy: rows.filter((r) => r.role === 'consumedBy').map(view),
    };
  }
}
