import { TransferFailureCode, TransferLocation } from './transfer.port';

/** A transfer that cannot go on, with the code the port reports it by. Thrown inside adapters, never out of them. */
export class TransferFailure extends Error {
  constructor(
    readonly code: TransferFailureCode,
    readonly detail: string,
  ) {
    super(detail);
    this.name = code;
  }
}

/** The decoded segments of a `/`-separated relative path; `..`, NUL and encoded slashes are refused. */
export function relativeSegments(relative: string): string[] {
  const segments: string[] = [];
  for (const raw of relative.split('/')) {
    if (raw === '' || raw === '.') continue;
    if (raw === '..') throw new TransferFailure('TransferRejected', `the path ${relative} contains ".."`);
    if (raw.includes('\0')) throw new TransferFailure('TransferRejected', `the path ${relative} contains a NUL`);
    segments.push(raw);
  }
  return segments;
}

function decodedUriPath(rootUri: string, scheme: string): { authority: string; segments: string[] } {
  const match = /^([A-Za-z][A-Za-z0-9+.-]*):\/\/([^/?#]*)([^?#]*)$/.exec(rootUri);
  if (!match || match[1].toLowerCase() !== scheme) {
    throw new TransferFailure('TransferRejected', `${rootUri} is not a ${scheme}:// root`);
  }
  const segments: string[] = [];
  for (const raw of match[3].split('/')) {
    if (raw === '') continue;
    let decoded: string;
    try {
      decoded = decodeURIComponent(raw);
    } catch {
      throw new TransferFailure('TransferRejected', `${rootUri} has a bad percent-encoding`);
    }
    if (decoded === '..' || decoded.includes('/') || decoded.includes('\0')) {
      throw new TransferFailure('TransferRejected', `${rootUri} has a forbidden segment`);
    }
    if (decoded !== '.') segments.push(decoded);
  }
  return { authority: match[2], segments };
}

/** Where a location on a `file` tier lies on this host: the tier root's path and the copy's path under it. */
export function localPathsOf(location: TransferLocation): { root: string; full: string; segments: string[] } {
  if (location.accessProtocol !== 'file') {
    throw new TransferFailure('TransferRejected', `a ${location.accessProtocol} tier is not a local file tier`);
  }
  const { authority, segments: rootSegments } = decodedUriPath(location.rootUri, 'file');
  if (authority !== '' && authority.toLowerCase() !== 'localhost') {
    throw new TransferFailure('TransferRejected', `${location.rootUri} names a host; a file root is file:///path`);
  }
  const segments = relativeSegments(location.path);
  if (segments.length === 0) throw new TransferFailure('TransferRejected', 'the copy is the tier root itself');
  const root = `/${rootSegments.join('/')}`;
  return { root, full: [root === '/' ? '' : root, ...segments].join('/'), segments };
}

/** A location on a `globus` tier: `globus://<collection uuid>/<path>` plus the copy's path, as Globus names it. */
export function globusPathOf(location: TransferLocation): { collection: string; path: string } {
  if (location.accessProtocol !== 'globus') {
    throw new TransferFailure('TransferRejected', `a ${location.accessProtocol} tier is not a Globus collection`);
  }
  const { authority, segments } = decodedUriPath(location.rootUri, 'globus');
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(authority)) {
    throw new TransferFailure('TransferRejected', `${location.rootUri} does not name a collection uuid`);
  }
  const relative = relativeSegments(location.path);
  if (relative.length === 0) throw new TransferFailure('TransferRejected', 'the copy is the tier root itself');
  return { collection: authority.toLowerCase(), path: `/${[...segments, ...relative].join('/')}` };
}
