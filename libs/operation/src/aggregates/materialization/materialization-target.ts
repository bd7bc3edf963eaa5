/**
 * Where a materialization's copy lands, below the target tier's root: `targetUri` as a relative path, as an
 * absolute URI under the root, or as a `/`-path under the root's path. Pure; the data context checks again when
 * the copy is registered.
 */
export type TargetPath = { readonly ok: true; readonly path: string } | { readonly ok: false; readonly reason: string };

const ABSOLUTE = /^[A-Za-z][A-Za-z0-9+.-]*:\/\/[^/]*/;

export function targetPathUnder(rootUri: string, targetUri: string): TargetPath {
  const root = rootUri.replace(/\/+$/, '');
  let relative: string;
  if (ABSOLUTE.test(targetUri)) {
    if (!targetUri.startsWith(`${root}/`)) return { ok: false, reason: `is not under the target tier root ${rootUri}` };
    relative = targetUri.slice(root.length + 1);
  } else if (targetUri.startsWith('/')) {
    const rootPath = root.replace(ABSOLUTE, '');
    if (!targetUri.startsWith(`${rootPath}/`)) {
      return { ok: false, reason: `is not under the target tier root ${rootUri}` };
    }
    relative = targetUri.slice(rootPath.length + 1);
  } else relative = targetUri;
  if (/[?#]/.test(relative)) return { ok: false, reason: 'must not carry a query or a fragment' };
  const segments = relative.split('/').filter((s) => s !== '' && s !== '.');
  if (segments.some((s) => s === '..' || /%2e%2e/i.test(s)))
    return { ok: false, reason: 'must not contain ".." segments' };
  if (segments.length === 0) return { ok: false, reason: 'must name a location below the target tier root' };
  return { ok: true, path: segments.join('/') };
}

/** The pg-boss queue of a tier pair: a worker that reaches both tiers serves it. */
export function queueOfTiers(a: string, b: string): string {
  return `materialize.${[a, b].sort().join('.')}`;
}
