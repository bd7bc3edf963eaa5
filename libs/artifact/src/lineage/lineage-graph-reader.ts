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

  /**
   * The graph around a `kind:rest` reference (or `<Kind>NotFound`), in one round trip: the start node's
   * resolution (an artifact by any of its hashes), the walk, the reached nodes and the edges among them. A walk
   * is breadth first by recursive SQL over the two edge indexes, (node, depth) pairs with UNION, so a diamond
   * costs a row per depth, not one per path; the nodes and edges are index probes for the reached ids only.
   */
  async walk(node: string, direction: Direction, depth: number): Promise<LineageGraph> {
    const { kind, rest } = parseNodeRef(node);
    const hash = kind === 'artifact' ? parseHashRef(rest) : null;
    // An artifact named by a hash is the node its artifact is registered under (or, unregistered, the hash's own).
    const named = hash
      ? `artifact:${hash.algorithm}:${hash.digest}`
      : kind === 'job' || kind === 'artifact'
        ? node
        : `${kind}:${rest.toLowerCase()}`;
    const rows: {
      row: 'reached' | 'node' | 'edge';
      id: string | null;
      other: string | null;
      kind: string | null;
      depth: number | null;
      ord: number | null;
      attrs: Record<string, unknown> | null;
    }[] = await this.dataSource.query(
      `WITH RECURSIVE start AS (
         SELECT n.node_id FROM lineage_nodes n
          WHERE n.node_id = coalesce(
            (SELECT a.node_id FROM lineage_artifact_hashes h JOIN lineage_artifacts a USING (artifact_id)
              WHERE h.algorithm = $5 AND h.digest = $6), $1)),
       walk (node_id, depth) AS (
           SELECT node_id, 0 FROM start
         UNION
           SELECT next.node_id, w.depth + 1
             FROM walk w
             CROSS JOIN LATERAL (
               SELECT e.up_id AS node_id FROM lineage_edges e WHERE $3::boolean AND e.down_id = w.node_id
               UNION ALL
               SELECT e.down_id FROM lineage_edges e WHERE $4::boolean AND e.up_id = w.node_id
             ) next
            WHERE w.depth < $2),
       reached AS MATERIALIZED (
         SELECT node_id, min(depth)::int AS depth
           FROM (SELECT node_id, depth FROM walk LIMIT ${MAX_WALK_ROWS}) w
          GROUP BY node_id
          ORDER BY min(depth), node_id
          LIMIT ${MAX_GRAPH_NODES + 1}),
       kept AS MATERIALIZED (
         SELECT node_id, depth, row_number() OVER (ORDER BY depth, node_id)::int AS ord
           FROM reached ORDER BY depth, node_id LIMIT ${MAX_GRAPH_NODES})
       -- one row saying how many nodes the walk reached (none: there is no such start node), then the kept
       -- nodes, then the edges among them
       SELECT 'reached' AS row, NULL AS id, NULL AS other, NULL AS kind, count(*)::int AS depth, NULL::int AS ord,
              NULL::jsonb AS attrs
         FROM reached
       UNION ALL
       SELECT 'node', k.node_id, NULL, n.kind, k.depth, k.ord, n.attrs FROM kept k LEFT JOIN lineage_nodes n USING (node_id)
       UNION ALL
       SELECT 'edge', e.down_id, e.up_id, e.kind, NULL, NULL, NULL
         FROM kept k JOIN lineage_edges e ON e.down_id = k.node_id
        WHERE e.up_id IN (SELECT node_id FROM kept)`,
      [
        named,
        depth,
        direction !== 'downstream',
        direction !== 'upstream',
        hash?.algorithm ?? null,
        hash?.digest ?? null,
      ],
    );
    const reached = rows.find((r) => r.row === 'reached')?.depth ?? 0;
    if (reached === 0) {
      throw notFound(NOT_FOUND_CODES[kind], `No ${kind} ${JSON.stringify(rest)} in the lineage graph.`);
    }
    const nodes = rows.filter((r) => r.row === 'node').sort((a, b) => a.ord! - b.ord!);
    return {
      nodes: nodes.map((n) => ({
        ...(n.attrs ?? {}),
        id: n.id!,
        kind: n.kind ?? n.id!.slice(0, n.id!.indexOf(':')),
        depth: n.depth!,
      })),
      edges: rows
        .filter((r) => r.row === 'edge')
        .map((e) =>
          e.kind === 'generated'
            ? { from: e.other!, to: e.id!, kind: e.kind }
            : { from: e.id!, to: e.other!, kind: e.kind! },
        )
        .sort((a, b) => (a.from + a.to + a.kind < b.from + b.to + b.kind ? -1 : 1)),
      truncated: reached > MAX_GRAPH_NODES,
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
