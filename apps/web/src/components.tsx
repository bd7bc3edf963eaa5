import { ReactNode, useState } from 'react';
import { ProblemError } from './api';
import { Loaded } from './hooks';

export function formatBytes(bytes: number | null | undefined): string {
  if (bytes === null || bytes === undefined) return '?';
  const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB'];
  let v = bytes;
  let u = 0;
  while (v >= 1024 && u < units.length - 1) {
    v /= 1024;
    u += 1;
  }
  return u === 0 ? `${v} B` : `${v.toFixed(1)} ${units[u]}`;
}

export function shortId(id: string): string {
  return id.length > 13 ? `${id.slice(0, 8)}…` : id;
}

export function StatusBadge({ status }: { status: string }) {
  return <span className={`status status-${status.toLowerCase().replace(/[^a-z_]/g, '')}`}>{status}</span>;
}

export function ErrorNote({ error }: { error: Error }) {
  const code = error instanceof ProblemError ? error.code : 'Error';
  const detail = error instanceof ProblemError ? error.detail : error.message;
  return (
    <p className="error" role="alert">
      <strong>{code}</strong>: {detail}
    </p>
  );
}

/** The three states every view has: loading, error, empty; then the content. */
export function Load<T>({
  loaded,
  empty,
  isEmpty,
  children,
}: {
  loaded: Loaded<T>;
  empty?: string;
  isEmpty?: (data: T) => boolean;
  children: (data: T) => ReactNode;
}) {
  if (loaded.data === undefined && loaded.loading)
    return (
      <p className="muted" aria-busy="true">
        Loading…
      </p>
    );
  if (loaded.data === undefined && loaded.error) return <ErrorNote error={loaded.error} />;
  if (loaded.data === undefined) return null;
  return (
    <>
      {loaded.error ? <ErrorNote error={loaded.error} /> : null}
      {isEmpty?.(loaded.data) ? <p className="muted empty">{empty ?? 'Nothing here yet.'}</p> : children(loaded.data)}
    </>
  );
}

export function ProgressBar({ done, total, label }: { done: number; total: number | null; label: string }) {
  const pct = total ? Math.min(100, Math.round((done / total) * 100)) : null;
  return (
    <div
      className="progress"
      role="progressbar"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={pct ?? undefined}
    >
      <div className="progress-fill" style={{ width: `${pct ?? 0}%` }} />
      <span className="progress-text">
        {pct === null ? formatBytes(done) : `${pct}% · ${formatBytes(done)} / ${formatBytes(total)}`}
      </span>
    </div>
  );
}

/** A button that runs an API command, shows it is busy, and reports a refusal next to itself. */
export function ActionButton({
  label,
  run,
  onDone,
}: {
  label: string;
  run: () => Promise<unknown>;
  onDone?: () => void;
}) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<Error | undefined>();
  return (
    <span className="action">
      <button
        type="button"
        disabled={busy}
        onClick={async () => {
          setBusy(true);
          setError(undefined);
          try {
            await run();
            onDone?.();
          } catch (e) {
            setError(e as Error);
          } finally {
            setBusy(false);
          }
        }}
      >
        {busy ? `${label}…` : label}
      </button>
      {error ? <ErrorNote error={error} /> : null}
    </span>
  );
}
