import { Injectable } from '@nestjs/common';
import { CarriedEvent, preparedRead } from '@custody/platform';
import { EntityManager } from 'typeorm';
import { LineageContent } from '../aggregates/lineage-session/lineage-rendering';
import {
  ArtifactHash,
  GitContext,
  LineageSessionEvent,
  LineageSessionFinalized,
  LineageSessionOpened,
  LinkDirection,
  SourceType,
  StagedJob,
} from '../aggregates/lineage-session/lineage-session.events';

export interface KnownArtifact {
  readonly artifactId: string;
  readonly nodeId: string;
  readonly size: number;
}

/**
 * The staging tables of lineage sessions, written by the registration handlers inside their command's
 * transaction (so the next batch's decision sees this one), and read back as the deciders' context.
 */
@Injectable()
export class LineageStore {
  async sessionByClientId(
    m: EntityManager,
    principalId: string,
    clientSessionId: string,
  ): Promise<{ sessionId: string; status: 'open' | 'closed' } | null> {
    const rows: { session_id: string; status: 'open' | 'closed' }[] = await m.query(
      `SELECT session_id, status FROM lineage_sessions WHERE principal_id = $1 AND client_session_id = $2`,
      [principalId, clientSessionId],
    );
    return rows[0] ? { sessionId: rows[0].session_id, status: rows[0].status } : null;
  }

  async recordOpened(m: EntityManager, { data }: LineageSessionOpened): Promise<void> {
    await m.query(
      `INSERT INTO lineage_sessions (session_id, principal_id, client_session_id, git, status, opened_at)
       VALUES ($1, $2, $3, $4::jsonb, 'open', $5) ON CONFLICT (session_id) DO NOTHING`,
      [
        data.sessionId,
        data.principalId,
        data.clientSessionId,
        data.git ? JSON.stringify(data.git) : null,
        data.openedAt,
      ],
    );
  }

  /** Of these jobUids: those already staged in the session, and those finalized by another session. */
  async jobFacts(
    m: EntityManager,
    sessionId: string,
    jobUids: readonly string[],
  ): Promise<{ staged: Set<string>; finalizedElsewhere: Set<string> }> {
    const staged: { job_uid: string }[] = await m.query(
      `SELECT job_uid FROM lineage_session_jobs WHERE session_id = $1 AND job_uid = ANY($2::text[])`,
      [sessionId, jobUids],
    );
    const finalized: { job_uid: string }[] = await m.query(
      `SELECT job_uid FROM lineage_finalized_jobs WHERE job_uid = ANY($1::text[]) AND session_id <> $2`,
      [jobUids, sessionId],
    );
    return {
      staged: new Set(staged.map((r) => r.job_uid)),
      finalizedElsewhere: new Set(finalized.map((r) => r.job_uid)),
    };
  }

  /**
   * The artifacts registered under any of these hashes, by `alg:digest`, and which of them the session names
   * already, in one round trip: one primary-key probe per hash. A plain join of the unnested list lets the
   * planner pick a hash join over a sequential scan of every hash ever registered (it cannot see the list's
   * length), so each batch would cost O(registry); LATERAL … LIMIT 1 (the key is unique) keeps it O(batch).
   */
  async artifactsByHash(
    m: EntityManager,
    hashes: readonly ArtifactHash[],
    sessionId: string | null = null,
  ): Promise<{ known: Map<string, KnownArtifact>; namedBySession: Set<string> }> {
    if (hashes.length === 0) return { known: new Map(), namedBySession: new Set() };
    const rows: {
      algorithm: string;
      digest: string;
      artifact_id: string;
      node_id: string;
      size: string;
      named: boolean;
    }[] = await m.query(
      `SELECT w.algorithm, w.digest, a.artifact_id, a.node_id, a.size::text,
              EXISTS (SELECT 1 FROM lineage_session_artifacts s
                       WHERE s.session_id = $2 AND s.artifact_id = a.artifact_id) AS named
         FROM (SELECT DISTINCT algorithm, digest FROM jsonb_to_recordset($1::jsonb) AS h (algorithm text, digest text)) w
         CROSS JOIN LATERAL (
           SELECT a.artifact_id, a.node_id, a.size
             FROM lineage_artifact_hashes h JOIN lineage_artifacts a USING (artifact_id)
            WHERE h.algorithm = w.algorithm AND h.digest = w.digest LIMIT 1) a`,
      // One JSON text rather than text arrays: a native stringify, not the driver's per-element escaping.
      [JSON.stringify(hashes.map((h) => ({ algorithm: h.algorithm, digest: h.digest }))), sessionId],
    );
    return {
      known: new Map(
        rows.map((r) => [
          `${r.algorithm}:${r.digest}`,
          { artifactId: r.artifact_id, nodeId: r.node_id, size: Number(r.size) },
        ]),
      ),
      namedBySession: new Set(rows.filter((r) => r.named).map((r) => r.artifact_id)),
    };
  }

  /**
   * Everything a link batch is decided on, in one round trip: the registered artifacts its hashes name (one
   * primary-key probe per distinct hash), which of its jobUids the session has staged, which of its links the
   * session holds already (one index probe per link, never a scan of the session's links) and how many links
   * the session holds.
   */
  async linkBatchFacts(
    m: EntityManager,
    sessionId: string,
    links: readonly { jobUid: string; direction: LinkDirection; hash: ArtifactHash; path: string }[],
  ): Promise<{
    artifacts: Map<string, string>;
    sessionJobs: Set<string>;
    present: Set<string>;
    total: number;
  }> {
    const rows: { fact: 'artifact' | 'job' | 'link' | 'total'; key: string | null; value: string | null }[] =
      // Prepared: planned once per connection, not per batch (0.7 ms of planning a request, issue 11).
      await preparedRead(
        m.connection,
        {
          text: `WITH wanted AS MATERIALIZED (
           SELECT l."jobUid" AS job_uid, l.direction, l.hash->>'algorithm' AS algorithm, l.hash->>'digest' AS digest, l.path
             FROM jsonb_to_recordset($2::jsonb) AS l ("jobUid" text, direction text, hash jsonb, path text)),
         found AS MATERIALIZED (
           SELECT w.algorithm, w.digest, h.artifact_id
             FROM (SELECT DISTINCT algorithm, digest FROM wanted) w
             CROSS JOIN LATERAL (
               SELECT h.artifact_id FROM lineage_artifact_hashes h
                WHERE h.algorithm = w.algorithm AND h.digest = w.digest LIMIT 1) h)
         SELECT 'artifact' AS fact, algorithm || ':' || digest AS key, artifact_id::text AS value FROM found
         UNION ALL
         SELECT 'job', job_uid, NULL FROM lineage_session_jobs WHERE session_id = $1 AND job_uid = ANY($3::text[])
         UNION ALL
         SELECT 'link', w.job_uid || '|' || w.direction || '|' || f.artifact_id || '|' || w.path, NULL
           FROM wanted w JOIN found f USING (algorithm, digest)
           CROSS JOIN LATERAL (
             SELECT 1 FROM lineage_session_links l
              WHERE l.session_id = $1 AND l.job_uid = w.job_uid AND l.direction = w.direction
                AND l.artifact_id = f.artifact_id AND md5(l.path) = md5(w.path) AND l.path = w.path LIMIT 1) hit
         UNION ALL
         SELECT 'total', NULL, link_count::text FROM lineage_sessions WHERE session_id = $1`,
          values: [
            sessionId,
            // One JSON text rather than five text arrays: a native stringify, not the driver's per-element escaping.
            JSON.stringify(
              links.map((l) => ({
                jobUid: l.jobUid,
                direction: l.direction,
                hash: { algorithm: l.hash.algorithm, digest: l.hash.digest },
                path: l.path,
              })),
            ),
            [...new Set(links.map((l) => l.jobUid))],
          ],
        },
        m,
      );
    const artifacts = new Map<string, string>();
    const sessionJobs = new Set<string>();
    const present = new Set<string>();
    let total = 0;
    for (const row of rows) {
      if (row.fact === 'artifact') artifacts.set(row.key!, row.value!);
      else if (row.fact === 'job') sessionJobs.add(row.key!);
      else if (row.fact === 'link') present.add(row.key!);
      else total = Number(row.value);
    }
    return { artifacts, sessionJobs, present, total };
  }

  /**
   * What a finalize decides on: the staged counts, a jobUid another session finalized, and the content. One
   * round trip; each list comes back as one JSON array of tuples (parsed natively, not row by row).
   */
  async finalizeFacts(
    m: EntityManager,
    sessionId: string,
    git: GitContext | null,
  ): Promise<{
    counts: { jobs: number; inputs: number; outputs: number };
    conflictingJobUid: string | null;
    content: LineageContent;
  }> {
    const [facts]: {
      jobs: [string, string, number, string, number | null, number | null, string | null][];
      artifacts: [ArtifactHash[], number, SourceType, string | null][];
      links: [string, LinkDirection, string, string][];
      conflicting: string | null;
    }[] = await m.query(
      `SELECT
         (SELECT coalesce(json_agg(json_build_array(job_uid, command, step_number, started_at, duration_seconds,
                                                    exit_code, run_id)), '[]')
            FROM lineage_session_jobs WHERE session_id = $1) AS jobs,
         (SELECT coalesce(json_agg(json_build_array(a.hashes, a.size, a.source_type, a.source_url)), '[]')
            FROM lineage_session_artifacts s JOIN lineage_artifacts a USING (artifact_id)
           WHERE s.session_id = $1) AS artifacts,
         (SELECT coalesce(json_agg(json_build_array(l.job_uid, l.direction, a.node_id, l.path)), '[]')
            FROM lineage_session_links l JOIN lineage_artifacts a USING (artifact_id)
           WHERE l.session_id = $1) AS links,
         (SELECT f.job_uid FROM lineage_session_jobs j JOIN lineage_finalized_jobs f USING (job_uid)
           WHERE j.session_id = $1 AND f.session_id <> $1 ORDER BY f.job_uid LIMIT 1) AS conflicting`,
      [sessionId],
    );
    const jobs: StagedJob[] = facts.jobs.map(
      ([jobUid, command, stepNumber, startedAt, durationSeconds, exitCode, runId]) => ({
        jobUid,
        command,
        stepNumber,
        startedAt,
        durationSeconds,
        exitCode,
        runId,
      }),
    );
    const inputs = facts.links.filter((l) => l[1] === 'input').length;
    return {
      counts: { jobs: jobs.length, inputs, outputs: facts.links.length - inputs },
      conflictingJobUid: facts.conflicting,
      content: {
        git,
        jobs,
        artifacts: facts.artifacts.map(([hashes, size, sourceType, sourceUrl]) => ({
          hashes,
          size: Number(size),
          sourceType,
          sourceUrl,
        })),
        links: facts.links.map(([jobUid, direction, nodeId, path]) => ({
          jobUid,
          direction,
          artifact: nodeId.slice('artifact:'.length),
          path,
        })),
      },
    };
  }

  /**
   * The staging rows a batch event stands for, as statements riding in the event's own append (issue 11: one
   * round trip, and the batch's content crosses the wire once, in the event; PostgreSQL unnests it).
   */
  writesWithBatch(event: CarriedEvent): string[] {
    const data = event.dataSql;
    const session = `(${data}->>'sessionId')::uuid`;
    switch (event.type as LineageSessionEvent['type']) {
      case 'LineageJobsStaged':
        return [
          `INSERT INTO lineage_session_jobs (session_id, job_uid, command, step_number, started_at, duration_seconds, exit_code, run_id)
           SELECT ${session}, j."jobUid", j.command, j."stepNumber", j."startedAt", j."durationSeconds", j."exitCode", j."runId"
             FROM jsonb_to_recordset(${data}->'jobs') AS j ("jobUid" text, command text, "stepNumber" int,
                    "startedAt" text, "durationSeconds" float8, "exitCode" int, "runId" uuid)
           ON CONFLICT DO NOTHING`,
        ];
      case 'LineageArtifactsStaged': {
        const artifacts = `jsonb_to_recordset(${data}->'artifacts') AS a ("artifactId" uuid, "nodeId" text, hashes jsonb,
                             size bigint, "sourceType" text, "sourceUrl" text)`;
        return [
          `INSERT INTO lineage_artifacts (artifact_id, node_id, size, source_type, source_url, sha256, hashes)
           SELECT a."artifactId", a."nodeId", a.size, a."sourceType", a."sourceUrl",
                  (SELECT h->>'digest' FROM jsonb_array_elements(a.hashes) h WHERE h->>'algorithm' = 'sha256' LIMIT 1),
                  a.hashes
             FROM ${artifacts}
           ON CONFLICT DO NOTHING`,
          `INSERT INTO lineage_artifact_hashes (algorithm, digest, artifact_id)
           SELECT h->>'algorithm', h->>'digest', a."artifactId" FROM ${artifacts}, jsonb_array_elements(a.hashes) h
           ON CONFLICT DO NOTHING`,
          `INSERT INTO lineage_session_artifacts (session_id, artifact_id)
           SELECT ${session}, a."artifactId" FROM ${artifacts}
           UNION ALL
           SELECT ${session}, e::uuid FROM jsonb_array_elements_text(${data}->'existingArtifactIds') e
           ON CONFLICT DO NOTHING`,
        ];
      }
      case 'LineageLinksStaged':
        // The decider left out every link the session holds (read under the session's lock) and every repeat
        // within the batch, so each of the event's links is a new row: the count grows by their number.
        return [
          `INSERT INTO lineage_session_links (session_id, job_uid, direction, artifact_id, path)
           SELECT ${session}, l."jobUid", l.direction, l."artifactId", l.path
             FROM jsonb_to_recordset(${data}->'links') AS l ("jobUid" text, direction text, "artifactId" uuid, path text)
           ON CONFLICT DO NOTHING`,
          `UPDATE lineage_sessions SET link_count = link_count + jsonb_array_length(${data}->'links')
            WHERE session_id = ${session}`,
        ];
      default:
        return [];
    }
  }

  async recordFinalized(m: EntityManager, { data }: LineageSessionFinalized): Promise<void> {
    await m.query(
      `UPDATE lineage_sessions SET status = 'closed', lineage_hash = $2, finalized_at = $3 WHERE session_id = $1`,
      [data.sessionId, data.lineageHash, data.finalizedAt],
    );
    await m.query(
      `INSERT INTO lineage_finalized_jobs (job_uid, session_id)
       SELECT job_uid, session_id FROM lineage_session_jobs WHERE session_id = $1`,
      [data.sessionId],
    );
  }
}
