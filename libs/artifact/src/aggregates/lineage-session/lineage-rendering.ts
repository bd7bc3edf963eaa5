import { GitContext, LinkDirection, SourceType, StagedJob } from './lineage-session.events';
import { hashKey, sortedHashes } from './lineage-hashes';
import { ArtifactHash } from './lineage-session.events';

/** What a finalized session seals: its git context, jobs, artifacts and links, in any order. */
export interface LineageContent {
  readonly git: GitContext | null;
  readonly jobs: readonly StagedJob[];
  readonly artifacts: readonly {
    readonly hashes: readonly ArtifactHash[];
    readonly size: number;
    readonly sourceType: SourceType;
    readonly sourceUrl: string | null;
  }[];
  readonly links: readonly {
    readonly jobUid: string;
    readonly direction: LinkDirection;
    /** The linked artifact's preferred hash (`alg:digest`). */
    readonly artifact: string;
    readonly path: string;
  }[];
}

const NOT_PLAIN = /[^\u0020-\u007e]|["\\]/;
const NON_ASCII = /[\u007f-\uffff]/g;

/** A JSON string literal with every non-ASCII character escaped, so the rendering is pure ASCII. */
function field(value: string | number | null): string {
  if (value === null) return 'null';
  if (typeof value === 'number') return JSON.stringify(value);
  // Printable ASCII without quote or backslash (hashes, paths, most commands) is its own JSON body: no
  // stringify, no scan for characters to escape (issue 11: 32,000 lines per finalize).
  if (!NOT_PLAIN.test(value)) return `"${value}"`;
  return JSON.stringify(value).replace(NON_ASCII, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

const line = (...fields: (string | number | null)[]): string => `${fields.map(field).join('\t')}\n`;

/**
 * The canonical rendering the lineageHash is the SHA-256 of (hex, of the UTF-8 bytes, which are ASCII):
 *
 *   "git"      repo commit branch                                  (or: "git" null null null)
 *   "job"      jobUid command stepNumber startedAt durationSeconds exitCode runId
 *   "artifact" hashes size sourceType sourceUrl      hashes: "alg:digest" by sha256, blake3, md5, joined by ","
 *   "link"     jobUid direction artifact path        artifact: the linked artifact's preferred "alg:digest"
 *
 * one line per item, each field a JSON literal (strings quoted with non-ASCII escaped as \uXXXX, numbers as
 * JSON writes them, absent values `null`), fields separated by a tab, each line ending in "\n"; the lines are
 * sorted (ASCII, so code-unit order is byte order) and concatenated. Sending the same content in any order,
 * in any batches, gives the same rendering.
 */
export function renderLineage(content: LineageContent): string {
  const lines = [
    content.git ? line('git', content.git.repo, content.git.commit, content.git.branch) : line('git', null, null, null),
    ...content.jobs.map((j) =>
      line('job', j.jobUid, j.command, j.stepNumber, j.startedAt, j.durationSeconds, j.exitCode, j.runId),
    ),
    ...content.artifacts.map((a) =>
      line('artifact', sortedHashes(a.hashes).map(hashKey).join(','), a.size, a.sourceType, a.sourceUrl),
    ),
    ...content.links.map((l) => line('link', l.jobUid, l.direction, l.artifact, l.path)),
  ];
  return lines.sort().join('');
}
