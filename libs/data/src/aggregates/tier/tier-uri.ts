/**
 * Tier roots and distribution URIs, normalised without touching any file system: the pure half of "a copy lies
 * under its tier's root". Segments are percent-decoded, `.` and empty segments dropped, and a `..` segment (or
 * an encoded `/` or NUL) refuses the URI outright; a URI with a scheme or a leading `/` must name the root's own
 * scheme and authority and extend the root's path. The canonical form re-encodes every segment the same way, so
 * two spellings of one location compare equal.
 */
export type AccessProtocol = 'file' | 's3' | 'https' | 'globus';
export const ACCESS_PROTOCOLS: readonly AccessProtocol[] = ['file', 's3', 'https', 'globus'];

/** URI schemes a tier of each protocol may use for its root (an `https` tier may serve plain `http`). */
export const ROOT_SCHEMES: Record<AccessProtocol, readonly string[]> = {
  file: ['file'],
  s3: ['s3'],
  https: ['https', 'http'],
  globus: ['globus'],
};

export type UriResult<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly reason: string };

interface ParsedUri {
  readonly scheme: string;
  readonly authority: string;
  /** Decoded path segments. */
  readonly segments: readonly string[];
}

export interface ResolvedUri {
  /** The canonical URI of the location. */
  readonly uri: string;
  /** The decoded path segments below the tier root (at least one). */
  readonly relative: readonly string[];
}

const ok = <T>(value: T): UriResult<T> => ({ ok: true, value });
const fail = <T>(reason: string): UriResult<T> => ({ ok: false, reason });

const HAS_SCHEME = /^[A-Za-z][A-Za-z0-9+.-]*:/;
const ABSOLUTE_URI = /^([A-Za-z][A-Za-z0-9+.-]*):\/\/([^/?#]*)([^?#]*)$/;
/** Sub-delims, `:` and `@` may stay literal in a path segment (RFC 3986 pchar). */
const KEEP_LITERAL = /%(21|24|26|27|28|29|2A|2B|2C|3B|3D|3A|40)/g;

function encodeSegment(segment: string): string {
  return encodeURIComponent(segment).replace(KEEP_LITERAL, (escaped) => decodeURIComponent(escaped));
}

function splitSegments(path: string): UriResult<string[]> {
  const segments: string[] = [];
  for (const raw of path.split('/')) {
    if (raw === '') continue;
    let decoded: string;
    try {
      decoded = decodeURIComponent(raw);
      encodeURIComponent(decoded); // refuses lone surrogates, which no file or object name can hold
    } catch {
      return fail(`"${raw}" is not a valid path segment (bad percent-encoding or characters)`);
    }
    if (decoded === '.') continue;
    if (decoded === '..') return fail('must not contain ".." segments');
    if (decoded.includes('/')) return fail('must not contain an encoded "/" inside a segment');
    if (decoded.includes('\0')) return fail('must not contain a NUL character');
    segments.push(decoded);
  }
  return ok(segments);
}

function normaliseAuthority(scheme: string, authority: string): string {
  const lower = authority.toLowerCase();
  return scheme === 'file' && lower === 'localhost' ? '' : lower;
}

function parseAbsolute(uri: string): UriResult<ParsedUri> {
  if (/[?#]/.test(uri)) return fail('must not carry a query or a fragment');
  const match = ABSOLUTE_URI.exec(uri);
  if (!match) return fail('must be an absolute URI of the form scheme://authority/path');
  const scheme = match[1].toLowerCase();
  const segments = splitSegments(match[3]);
  if (!segments.ok) return segments;
  return ok({ scheme, authority: normaliseAuthority(scheme, match[2]), segments: segments.value });
}

function format(uri: ParsedUri): string {
  const path = uri.segments.length === 0 ? '/' : uri.segments.map((s) => `/${encodeSegment(s)}`).join('');
  return `${uri.scheme}://${uri.authority}${path}`;
}

/**
 * Validates a tier's root for its protocol and returns its canonical form: `file:///abs/path` (a plain absolute
 * path is accepted for a file tier), `s3://bucket/prefix`, `https://host/path` (or `http://`),
 * `globus://endpoint/path`. No trailing slash, no `..`, no query or fragment.
 */
export function normaliseRootUri(protocol: AccessProtocol, rootUri: string): UriResult<string> {
  const spelled = protocol === 'file' && rootUri.startsWith('/') ? `file://${rootUri}` : rootUri;
  const parsed = parseAbsolute(spelled);
  if (!parsed.ok) return parsed;
  const { scheme, authority } = parsed.value;
  if (!ROOT_SCHEMES[protocol].includes(scheme)) {
    return fail(`a ${protocol} tier needs a ${ROOT_SCHEMES[protocol].map((s) => `${s}://`).join(' or ')} root`);
  }
  if (authority.includes('@')) return fail('must not carry credentials (user:password@): tiers hold no secrets');
  if (scheme === 'file' && authority !== '') return fail('a file root names no host (file:///path)');
  if (scheme !== 'file' && authority === '') return fail(`a ${scheme}:// root names its host, bucket or endpoint`);
  return ok(format(parsed.value));
}

/**
 * Resolves a distribution's `uri` against its tier's canonical root: a relative path is taken below the root;
 * an absolute URI, or a path starting with `/`, must lie strictly below the root. Anything else (a `..`, a
 * path outside the root, another scheme or host, the root itself) is refused with the reason.
 */
export function resolveUnderRoot(rootUri: string, uri: string): UriResult<ResolvedUri> {
  const root = parseAbsolute(rootUri);
  if (!root.ok) return fail(`the tier root ${rootUri} is not a valid URI`);
  let parsed: UriResult<ParsedUri>;
  if (HAS_SCHEME.test(uri)) parsed = parseAbsolute(uri);
  else if (uri.startsWith('/')) {
    const segments = splitSegments(uri);
    parsed = segments.ok ? ok({ ...root.value, segments: segments.value }) : segments;
  } else {
    const segments = splitSegments(uri);
    parsed = segments.ok ? ok({ ...root.value, segments: [...root.value.segments, ...segments.value] }) : segments;
  }
  if (!parsed.ok) return parsed;
  const { scheme, authority, segments } = parsed.value;
  const base = root.value.segments;
  const under =
    scheme === root.value.scheme &&
    authority === root.value.authority &&
    segments.length > base.length &&
    base.every((segment, i) => segments[i] === segment);
  if (!under) return fail(`is not under the tier root ${rootUri}`);
  return ok({ uri: format(parsed.value), relative: segments.slice(base.length) });
}

/** The decoded path of an absolute URI (a file root's local path: `file:///data/a%20b` → `/data/a b`), or null. */
export function decodedPathOf(uri: string): string | null {
  const parsed = parseAbsolute(uri);
  return parsed.ok ? `/${parsed.value.segments.join('/')}` : null;
}
