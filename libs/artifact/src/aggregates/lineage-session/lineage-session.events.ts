import { DomainEvent } from '@custody/kernel';

export type HashAlgorithm = 'sha256' | 'blake3' | 'md5';

export interface ArtifactHash {
  readonly algorithm: HashAlgorithm;
  /** Lowercase hex. */
  readonly digest: string;
}

export interface GitContext {
  readonly repo: string;
  readonly commit: string;
  readonly branch: string;
}

export interface StagedJob {
  readonly jobUid: string;
  readonly command: string;
  readonly stepNumber: number;
  readonly startedAt: string;
  readonly durationSeconds: number | null;
  readonly exitCode: number | null;
  readonly runId: string | null;
}

export const SOURCE_TYPES = ['file', 's3', 'gs', 'https', 'custody', 'none'] as const;
export type SourceType = (typeof SOURCE_TYPES)[number];

/** An artifact known for the first time: its hashes (sorted by algorithm), size and where it came from. */
export interface StagedArtifact {
  readonly artifactId: string;
  /** `artifact:<alg>:<digest>` of its preferred hash (sha256, else blake3, else md5): its node in the graph. */
  readonly nodeId: string;
  readonly hashes: readonly ArtifactHash[];
  readonly size: number;
  readonly sourceType: SourceType;
  readonly sourceUrl: string | null;
}

export type LinkDirection = 'input' | 'output';

export interface StagedLink {
  readonly jobUid: string;
  readonly direction: LinkDirection;
  readonly artifactId: string;
  readonly path: string;
}

export type LineageSessionOpened = DomainEvent<
  'LineageSessionOpened',
  {
    sessionId: string;
    principalId: string;
    clientSessionId: string | null;
    git: GitContext | null;
    openedAt: string;
  }
>;
/** One staging batch; recorded on a stream of its own (`lineage.batch`) so the session stream stays small. */
export type LineageJobsStaged = DomainEvent<'LineageJobsStaged', { sessionId: string; jobs: StagedJob[] }>;
export type LineageArtifactsStaged = DomainEvent<
  'LineageArtifactsStaged',
  {
    sessionId: string;
    /** Artifacts nobody had registered before. */
    artifacts: StagedArtifact[];
    /** Artifacts already known (from any session) that this session now names too. */
    existingArtifactIds: string[];
  }
>;
export type LineageLinksStaged = DomainEvent<'LineageLinksStaged', { sessionId: string; links: StagedLink[] }>;
export type LineageSessionFinalized = DomainEvent<
  'LineageSessionFinalized',
  {
    sessionId: string;
    lineageHash: string;
    counts: { jobs: number; inputs: number; outputs: number };
    finalizedAt: string;
  }
>;

export type LineageSessionEvent =
  LineageSessionOpened | LineageJobsStaged | LineageArtifactsStaged | LineageLinksStaged | LineageSessionFinalized;

export const LINEAGE_SESSION_STREAM = 'artifact.lineage-session';
/** Each staging batch is its own stream, keyed by a fresh id, carrying its session's id. */
export const LINEAGE_BATCH_STREAM = 'artifact.lineage-batch';
export const LINEAGE_SESSION_EVENT_TYPES: readonly LineageSessionEvent['type'][] = [
  'LineageSessionOpened',
  'LineageJobsStaged',
  'LineageArtifactsStaged',
  'LineageLinksStaged',
  'LineageSessionFinalized',
];
