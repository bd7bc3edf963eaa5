/** Small I/O helpers shared by the checksum adapters. */

export class TimedOut extends Error {
  constructor(readonly ms: number) {
    super(`no progress for ${ms} ms`);
  }
}

/** Resolves like `promise`, or rejects with TimedOut after `ms` (the operation itself is not cancelled). */
export function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new TimedOut(ms)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** A short reason for people, from an fs or network error. */
export function reasonOf(error: unknown): string {
  if (error instanceof TimedOut) return `timed out (${error.message})`;
  const e = error as { code?: string; message?: string };
  switch (e.code) {
    case 'ENOENT':
      return 'no such file or directory';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'ELOOP':
      return 'too many levels of symbolic links';
    case 'ENOTDIR':
      return 'a path component is not a directory';
    default:
      return e.code ? `${e.code}: ${e.message ?? ''}`.trim() : (e.message ?? String(error));
  }
}
