import { Injectable } from '@nestjs/common';
import { CarriedEvent, Projection, ProjectionHandler, StoredEvent } from '@custody/platform';
import { EntityManager } from 'typeorm';
import { artifactUriOf } from '../aggregates/artifact/artifact-id';
import { ARTIFACT_STREAM, ArtifactDeposited } from '../aggregates/artifact/artifact.events';
import {
  LINEAGE_BATCH_STREAM,
  LINEAGE_SESSION_STREAM,
  LineageArtifactsStaged,
  LineageSessionFinalized,
} from '../aggregates/lineage-session/lineage-session.events';
import {
  OPENLINEAGE_RUN_STREAM,
  OpenLineageDatasetRef,
  OpenLineageRunEventRecorded,
} from '../aggregates/openlineage-run/openlineage-run.events';
import {
  ASSET_STREAM_TYPE,
  AssetRegisteredFacts,
  DATASET_STREAM_TYPE,
  DatasetRegisteredFacts,
  FIXTURE_STREAM_TYPE,
  FixtureRegisteredFacts,
  RUN_ENDINGS,
  RUN_STREAM_TYPE,
  RunStartedFacts,
} from './lineage-graph.integration-events';

export const LINEAGE_GRAPH = 'artifact_lineage_graph';

type Edge = readonly [down: string, up: string, kind: 'collectedBy' | 'used' | 'generated' | 'partOf' | 'sameAs'];

/**
 * The one lineage graph across contexts: nodes for artifacts, jobs, runs, datasets, assets and fixtures, edges
 * `collectedBy, used, generated, partOf, sameAs`. Fed by the published events of every context (read from the
 * `events` table by stream type and event name, see lineage-graph.integration-events.ts) and by lineage's own
 * events; an edge may name a node before its context registered it (a job's runId before the run starts), so a
 * bare node is made first and filled in when its event arrives. Every write is an upsert: replays are harmless.
 */
@ProjectionHandler()
@Injectable()
export class LineageGraphProjection implements Projection {
  readonly name = LINEAGE_GRAPH;
  readonly eventTypes = [
    'DatasetRegistered',
    'AssetRegistered',
    'FixtureRegistered',
    'RunStarted',
    ...Object.keys(RUN_ENDINGS),
    'ArtifactDeposited',
    'LineageArtifactsStaged',
    'LineageSessionFinalized',
    'OpenLineageRunEventRecorded',
  ];

  async apply(event: StoredEvent, m: EntityManager): Promise<void> {
    switch (`${event.streamType}/${event.type}`) {
      case `${DATASET_STREAM_TYPE}/DatasetRegistered`:
        return this.datasetRegistered(event.data as DatasetRegisteredFacts, m);
      case `${ASSET_STREAM_TYPE}/AssetRegistered`: {
        const a = event.data as AssetRegisteredFacts;
        return this.upsertNode(m, `asset:${a.assetId}`, 'asset', null, {
          assetId: a.assetId,
          name: a.name ?? null,
          familyId: a.familyId ?? null,
          serialNumber: a.serialNumber ?? null,
        });
      }
      case `${FIXTURE_STREAM_TYPE}/FixtureRegistered`: {
        const f = event.data as FixtureRegisteredFacts;
        return this.upsertNode(m, `fixture:${f.fixtureId}`, 'fixture', null, {
          fixtureId: f.fixtureId,
          assemblyId: f.assemblyId ?? null,
        });
      }
      case `${RUN_STREAM_TYPE}/RunStarted`:
        return this.runStarted(event.data as RunStartedFacts, m);
      case `${RUN_STREAM_TYPE}/RunCompleted`:
      case `${RUN_STREAM_TYPE}/RunAborted`:
      case `${RUN_STREAM_TYPE}/RunStopped`: {
        const { runId } = event.data as { runId: string };
        return this.upsertNode(m, `run:${runId}`, 'run', null, { runId, state: RUN_ENDINGS[event.type] });
      }
      case `${ARTIFACT_STREAM}/ArtifactDeposited`: {
        const d = event.data as ArtifactDeposited['data'];
        const uri = artifactUriOf(d.artifactId);
        return this.upsertNode(m, `artifact:${uri}`, 'artifact', null, {
          artifactUri: uri,
          deposited: true,
          sizeBytes: d.sizeBytes,
          sha256: d.sha256,
          contentType: d.contentType,
        });
      }
      case `${LINEAGE_BATCH_STREAM}/LineageArtifactsStaged`:
        return this.artifactsStaged(event.data as LineageArtifactsStaged['data'], m);
      case `${LINEAGE_SESSION_STREAM}/LineageSessionFinalized`:
        return this.sessionFinalized(event.data as LineageSessionFinalized['data'], m);
      case `${OPENLINEAGE_RUN_STREAM}/OpenLineageRunEventRecorded`:
        return this.openLineageEvent(event.data as OpenLineageRunEventRecorded['data'], m);
      default:
        return;
    }
  }

  /** The graph's writes that ride in an append's own statement (see each), or undefined: applied after it. */
  writeWithAppend(event: CarriedEvent, param: (value: unknown) => string): readonly string[] | undefined {
    if (event.streamType === DATASET_STREAM_TYPE && event.type === 'DatasetRegistered') {
      return this.datasetWrites(event, param);
    }
    if (event.streamType === LINEAGE_BATCH_STREAM && event.type === 'LineageArtifactsStaged') {
      return this.stagedArtifactWrites(event);
    }
    return undefined;
  }

  /**
   * A dataset's registration rides in the append's own statement (issue 10: POST /v1/datasets is then one round
   * trip, and shares its commit with other creates): its node, bare nodes for its collectors and the edges are
   * inserts that no other write of the same statement can contradict (bare nodes and edges DO NOTHING on
   * conflict; a carried AssetRegistered for the same collector would make the statement fail, and the store then
   * runs each append alone). The sameAs edges read artifact nodes, which no carried write creates.
   */
  private datasetWrites(event: CarriedEvent, param: (value: unknown) => string): readonly string[] {
    const d = event.data as DatasetRegisteredFacts;
    const nodeId = `dataset:${d.datasetId}`;
    const sha256 = d.checksum.algorithm === 'sha256' ? d.checksum.value.toLowerCase() : null;
    const attrs = {
      datasetId: d.datasetId,
      title: d.title ?? null,
      checksum: d.checksum,
      byteSize: d.byteSize ?? null,
    };
    const node = param(nodeId);
    const writes = [
      `INSERT INTO lineage_nodes (node_id, kind, sha256, attrs) VALUES (${node}, 'dataset', ${param(sha256)}::text, ${param(JSON.stringify(attrs))}::jsonb)
       ON CONFLICT (node_id) DO UPDATE SET attrs = lineage_nodes.attrs || EXCLUDED.attrs,
         sha256 = coalesce(EXCLUDED.sha256, lineage_nodes.sha256)`,
    ];
    const collectors: [string, string][] = [];
    if (d.collectedBy?.assetId) collectors.push([`asset:${d.collectedBy.assetId}`, 'asset']);
    if (d.collectedBy?.fixtureId) collectors.push([`fixture:${d.collectedBy.fixtureId}`, 'fixture']);
    if (collectors.length > 0) {
      const ids = param(collectors.map((c) => c[0]));
      const kinds = param(collectors.map((c) => c[1]));
      writes.push(
        `INSERT INTO lineage_nodes (node_id, kind, attrs)
         SELECT id, kind, jsonb_build_object(kind || 'Id', substr(id, length(kind) + 2))
           FROM unnest(${ids}::text[], ${kinds}::text[]) AS n (id, kind)
         ON CONFLICT (node_id) DO NOTHING`,
        `INSERT INTO lineage_edges (down_id, up_id, kind) SELECT ${node}::text, id, 'collectedBy' FROM unnest(${ids}::text[]) AS id
         ON CONFLICT DO NOTHING`,
      );
    }
    if (sha256) {
      writes.push(
        `INSERT INTO lineage_edges (down_id, up_id, kind)
         SELECT node_id, ${node}::text, 'sameAs' FROM lineage_nodes WHERE sha256 = ${param(sha256)}::text AND kind = 'artifact'
         ON CONFLICT DO NOTHING`,
      );
    }
    return writes;
  }

  /**
   * A staged batch's nodes and sameAs edges ride in the batch's append, unnested from the event's data in SQL
   * (issue 11: the batch crosses the wire once). The same rows as `artifactsStaged` writes.
   */
  private stagedArtifactWrites(event: CarriedEvent): readonly string[] {
    const artifacts = `jsonb_to_recordset((${event.dataSql})->'artifacts') AS a ("nodeId" text, hashes jsonb, size bigint,
                         "sourceType" text, "sourceUrl" text)`;
    const sha256 = `(SELECT h->>'digest' FROM jsonb_array_elements(a.hashes) h WHERE h->>'algorithm' = 'sha256' LIMIT 1)`;
    return [
      `INSERT INTO lineage_nodes (node_id, kind, sha256, attrs)
       SELECT a."nodeId", 'artifact', ${sha256},
              jsonb_build_object('hashes', a.hashes, 'size', a.size, 'sourceType', a."sourceType", 'sourceUrl', a."sourceUrl")
         FROM ${artifacts}
       ON CONFLICT (node_id) DO UPDATE SET attrs = lineage_nodes.attrs || EXCLUDED.attrs,
         sha256 = coalesce(EXCLUDED.sha256, lineage_nodes.sha256)`,
      // sameAs a dataset with the same sha256 checksum: its node is there already, or brings the edge when it arrives.
      // One probe of the sha256 index per artifact: a plain join lets the planner, which cannot see the batch's
      // length, hash-join a scan of every node (O(graph) per batch); OFFSET 0 keeps the LATERAL probe a probe.
      `INSERT INTO lineage_edges (down_id, up_id, kind)
       SELECT a."nodeId", d.node_id, 'sameAs' FROM ${artifacts}
         CROSS JOIN LATERAL (
           SELECT d.node_id FROM lineage_nodes d WHERE d.sha256 = ${sha256} AND d.kind = 'dataset' OFFSET 0) d
       ON CONFLICT DO NOTHING`,
      // A custody:// source: sameAs the deposit's node (bare until its ArtifactDeposited arrives).
      `INSERT INTO lineage_nodes (node_id, kind, attrs)
       SELECT DISTINCT 'artifact:' || a."sourceUrl", 'artifact', jsonb_build_object('artifactId', a."sourceUrl")
         FROM ${artifacts} WHERE a."sourceType" = 'custody' AND a."sourceUrl" IS NOT NULL
       ON CONFLICT (node_id) DO NOTHING`,
      `INSERT INTO lineage_edges (down_id, up_id, kind)
       SELECT a."nodeId", 'artifact:' || a."sourceUrl", 'sameAs'
         FROM ${artifacts} WHERE a."sourceType" = 'custody' AND a."sourceUrl" IS NOT NULL
       ON CONFLICT DO NOTHING`,
    ];
  }

  async reset(m: EntityManager): Promise<void> {
    await m.query(`DELETE FROM lineage_edges`);
    await m.query(`DELETE FROM lineage_nodes`);
  }

  private async upsertNode(
    m: EntityManager,
    nodeId: string,
    kind: string,
    sha256: string | null,
    attrs: Record<string, unknown>,
  ): Promise<void> {
    await m.query(
      `INSERT INTO lineage_nodes (node_id, kind, sha256, attrs) VALUES ($1, $2, $3, $4::jsonb)
       ON CONFLICT (node_id) DO UPDATE SET attrs = lineage_nodes.attrs || EXCLUDED.attrs,
         sha256 = coalesce(EXCLUDED.sha256, lineage_nodes.sha256)`,
      [nodeId, kind, sha256, JSON.stringify(attrs)],
    );
  }

  /** Bare nodes for ids an edge names before their own event arrived. */
  private async ensureNodes(m: EntityManager, nodes: readonly (readonly [id: string, kind: string])[]): Promise<void> {
    if (nodes.length === 0) return;
    await m.query(
      `INSERT INTO lineage_nodes (node_id, kind, attrs)
       SELECT id, kind, jsonb_build_object(kind || 'Id', substr(id, length(kind) + 2))
         FROM unnest($1::text[], $2::text[]) AS n (id, kind)
       ON CONFLICT (node_id) DO NOTHING`,
      [nodes.map((n) => n[0]), nodes.map((n) => n[1])],
    );
  }

  private async addEdges(m: EntityManager, edges: readonly Edge[]): Promise<void> {
    if (edges.length === 0) return;
    await m.query(
      `INSERT INTO lineage_edges (down_id, up_id, kind) SELECT * FROM unnest($1::text[], $2::text[], $3::text[])
       ON CONFLICT DO NOTHING`,
      [edges.map((e) => e[0]), edges.map((e) => e[1]), edges.map((e) => e[2])],
    );
  }

  private async datasetRegistered(d: DatasetRegisteredFacts, m: EntityManager): Promise<void> {
    const nodeId = `dataset:${d.datasetId}`;
    const sha256 = d.checksum.algorithm === 'sha256' ? d.checksum.value.toLowerCase() : null;
    await this.upsertNode(m, nodeId, 'dataset', sha256, {
      datasetId: d.datasetId,
      title: d.title ?? null,
      checksum: d.checksum,
      byteSize: d.byteSize ?? null,
    });
    const collectors: [string, string][] = [];
    if (d.collectedBy?.assetId) collectors.push([`asset:${d.collectedBy.assetId}`, 'asset']);
    if (d.collectedBy?.fixtureId) collectors.push([`fixture:${d.collectedBy.fixtureId}`, 'fixture']);
    await this.ensureNodes(m, collectors);
    await this.addEdges(
      m,
      collectors.map(([id]) => [nodeId, id, 'collectedBy'] as const),
    );
    if (sha256) {
      await m.query(
        `INSERT INTO lineage_edges (down_id, up_id, kind)
         SELECT node_id, $2, 'sameAs' FROM lineage_nodes WHERE sha256 = $1 AND kind = 'artifact'
         ON CONFLICT DO NOTHING`,
        [sha256, nodeId],
      );
    }
  }

  private async runStarted(r: RunStartedFacts, m: EntityManager): Promise<void> {
    const nodeId = `run:${r.runId}`;
    await this.upsertNode(m, nodeId, 'run', null, {
      runId: r.runId,
      methodId: r.methodId,
      state: 'Running',
      inputDatasetIds: r.inputDatasetIds,
      startedAt: r.startedAt,
    });
    const inputs = r.inputDatasetIds.map((id) => `dataset:${id}`);
    await this.ensureNodes(
      m,
      inputs.map((id) => [id, 'dataset'] as const),
    );
    await this.addEdges(
      m,
      inputs.map((id) => [nodeId, id, 'used'] as const),
    );
  }

  private async artifactsStaged(data: LineageArtifactsStaged['data'], m: EntityManager): Promise<void> {
    const artifacts = data.artifacts;
    if (artifacts.length === 0) return;
    // The nodes, and sameAs to a dataset with the same sha256 checksum, in one statement (the edge needs only the
    // dataset's node, which is there already or brings its own edge when it arrives).
    await m.query(
      `WITH nodes AS (
         INSERT INTO lineage_nodes (node_id, kind, sha256, attrs)
         SELECT id, 'artifact', sha, attrs FROM unnest($1::text[], $2::text[], $3::jsonb[]) AS a (id, sha, attrs)
         ON CONFLICT (node_id) DO UPDATE SET attrs = lineage_nodes.attrs || EXCLUDED.attrs,
           sha256 = coalesce(EXCLUDED.sha256, lineage_nodes.sha256))
       INSERT INTO lineage_edges (down_id, up_id, kind)
       SELECT a.id, d.node_id, 'sameAs' FROM unnest($1::text[], $2::text[]) AS a (id, sha)
         JOIN lineage_nodes d ON d.sha256 = a.sha AND d.kind = 'dataset'
       ON CONFLICT DO NOTHING`,
      [
        artifacts.map((a) => a.nodeId),
        artifacts.map((a) => a.hashes.find((h) => h.algorithm === 'sha256')?.digest ?? null),
        artifacts.map((a) =>
          JSON.stringify({ hashes: a.hashes, size: a.size, sourceType: a.sourceType, sourceUrl: a.sourceUrl }),
        ),
      ],
    );
    const deposits = artifacts.filter((a) => a.sourceType === 'custody' && a.sourceUrl !== null);
    await this.ensureNodes(
      m,
      deposits.map((a) => [`artifact:${a.sourceUrl}`, 'artifact'] as const),
    );
    await this.addEdges(
      m,
      deposits.map((a) => [a.nodeId, `artifact:${a.sourceUrl}`, 'sameAs'] as const),
    );
  }

  /**
   * The sealed session enters the graph: its jobs, their runs (partOf) and its links (used, generated), in one
   * statement. Links differing only in path make the same edge: ON CONFLICT DO NOTHING skips the repeats.
   */
  private async sessionFinalized(data: LineageSessionFinalized['data'], m: EntityManager): Promise<void> {
    await m.query(
      `WITH jobs AS (
         INSERT INTO lineage_nodes (node_id, kind, attrs)
         SELECT 'job:' || job_uid, 'job', jsonb_build_object('jobUid', job_uid, 'command', command,
                  'stepNumber', step_number, 'startedAt', started_at, 'durationSeconds', duration_seconds,
                  'exitCode', exit_code, 'runId', run_id, 'sessionId', session_id)
           FROM lineage_session_jobs WHERE session_id = $1
         ON CONFLICT (node_id) DO UPDATE SET attrs = lineage_nodes.attrs || EXCLUDED.attrs),
       runs AS (
         INSERT INTO lineage_nodes (node_id, kind, attrs)
         SELECT DISTINCT 'run:' || run_id, 'run', jsonb_build_object('runId', run_id)
           FROM lineage_session_jobs WHERE session_id = $1 AND run_id IS NOT NULL
         ON CONFLICT (node_id) DO NOTHING)
       INSERT INTO lineage_edges (down_id, up_id, kind)
       SELECT 'job:' || job_uid, 'run:' || run_id, 'partOf'
         FROM lineage_session_jobs WHERE session_id = $1 AND run_id IS NOT NULL
       UNION ALL
       SELECT CASE l.direction WHEN 'input' THEN 'job:' || l.job_uid ELSE a.node_id END,
              CASE l.direction WHEN 'input' THEN a.node_id ELSE 'job:' || l.job_uid END,
              CASE l.direction WHEN 'input' THEN 'used' ELSE 'generated' END
         FROM lineage_session_links l JOIN lineage_artifacts a USING (artifact_id)
        WHERE l.session_id = $1
       ON CONFLICT DO NOTHING`,
      [data.sessionId],
    );
  }

  private async openLineageEvent(data: OpenLineageRunEventRecorded['data'], m: EntityManager): Promise<void> {
    const jobId = `job:${data.runId}`;
    await this.upsertNode(m, jobId, 'job', null, {
      jobUid: data.runId,
      command: `${data.job.namespace}/${data.job.name}`,
      openLineage: { namespace: data.job.namespace, name: data.job.name, state: data.state, producer: data.producer },
    });
    const resolve = async (refs: readonly OpenLineageDatasetRef[]): Promise<string[]> => {
      const ids: string[] = [];
      for (const ref of refs) {
        let nodeId = ref.nodeId;
        if (ref.hash) {
          const known: { node_id: string }[] = await m.query(
            `SELECT a.node_id FROM lineage_artifact_hashes h JOIN lineage_artifacts a USING (artifact_id)
              WHERE h.algorithm = $1 AND h.digest = $2`,
            [ref.hash.algorithm, ref.hash.digest],
          );
          nodeId = known[0]?.node_id ?? nodeId;
        }
        await this.upsertNode(m, nodeId, 'artifact', ref.hash?.algorithm === 'sha256' ? ref.hash.digest : null, {
          openLineage: { namespace: ref.namespace, name: ref.name },
        });
        ids.push(nodeId);
      }
      return ids;
    };
    const inputs = await resolve(data.inputs);
    const outputs = await resolve(data.outputs);
    await this.addEdges(m, [
      ...inputs.map((id) => [jobId, id, 'used'] as const),
      ...outputs.map((id) => [id, jobId, 'generated'] as const),
    ]);
  }
}
