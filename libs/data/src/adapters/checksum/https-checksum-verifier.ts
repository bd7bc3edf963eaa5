import { createHash } from 'node:crypto';
import * as dns from 'node:dns';
import * as http from 'node:http';
import * as https from 'node:https';
import { BlockList, isIP } from 'node:net';
import { Measurement } from '../../aggregates/distribution/measurement';
import { resolveUnderRoot } from '../../aggregates/tier/tier-uri';
import { ChecksumVerifier, VerificationTarget } from '../../ports/checksum-verifier';
import { reasonOf } from './io';

export interface HttpsVerifierOptions {
  /** Connecting, or the body making no progress, for this long makes the copy Unreachable. */
  readonly idleTimeoutMs: number;
  /** Extra trusted CA certificates (PEM), e.g. a facility's own CA. */
  readonly ca?: string | Buffer;
  /** CUSTODY_HTTPS_ALLOW_PRIVATE: read from loopback, link-local and private addresses too (off by default). */
  readonly allowPrivate?: boolean;
}

/** Where a tier registered by a client must never make the server connect (SSRF): loopback, link-local, private. */
const PRIVATE_ADDRESSES = new BlockList();
for (const [net, prefix] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.168.0.0', 16],
  ['224.0.0.0', 4],
  ['240.0.0.0', 4],
] as const) {
  PRIVATE_ADDRESSES.addSubnet(net, prefix, 'ipv4');
}
for (const [net, prefix] of [
  ['::', 128],
  ['::1', 128],
  ['fc00::', 7],
  ['fe80::', 10],
  ['ff00::', 8],
] as const) {
  PRIVATE_ADDRESSES.addSubnet(net, prefix, 'ipv6');
}

/** True for an address the verifier must not read from (IPv4-mapped IPv6 is judged by its IPv4 part). */
export function isPrivateAddress(address: string): boolean {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped) return PRIVATE_ADDRESSES.check(mapped[1], 'ipv4');
  const family = isIP(address);
  if (family === 0) return true;
  return PRIVATE_ADDRESSES.check(address, family === 4 ? 'ipv4' : 'ipv6');
}

/**
 * A DNS lookup that refuses private answers: it runs at connect time, so a name that resolves to a public
 * address when registered and to 127.0.0.1 later (DNS rebinding) is refused too.
 */
const publicOnlyLookup: typeof dns.lookup = ((hostname: string, options: dns.LookupOptions, callback: never) => {
  dns.lookup(hostname, { ...options, all: true }, (error, addresses) => {
    const done = callback as unknown as (
      error: Error | null,
      address: string | dns.LookupAddress[],
      family?: number,
    ) => void;
    if (error) return done(error, '');
    const list = addresses as dns.LookupAddress[];
    const refused = list.find((a) => isPrivateAddress(a.address));
    if (refused) {
      return done(
        new Error(
          `${hostname} resolves to ${refused.address}, a loopback, link-local or private address (set CUSTODY_HTTPS_ALLOW_PRIVATE=true to allow)`,
        ),
        '',
      );
    }
    if (options.all) return done(null, list);
    return done(null, list[0].address, list[0].family);
  });
}) as typeof dns.lookup;

/**
 * Reads copies on `https` tiers with a streamed GET (the body is hashed as it arrives, never buffered whole).
 * Only a 200 is measured; any other status, a redirect (not followed: the copy must be at its own URI), a
 * refused connection or a timeout is Unreachable. A directory cannot be read over HTTP: a `sha256-tree` copy is
 * Unreachable from the server (an edge host may report what it measured).
 */
export class HttpsChecksumVerifier implements ChecksumVerifier {
  constructor(private readonly options: HttpsVerifierOptions) {}

  async measure(target: VerificationTarget): Promise<Measurement> {
    if (target.algorithm !== 'sha256') {
      return { kind: 'unreachable', detail: `${target.algorithm} cannot be measured over HTTP (a directory)` };
    }
    const resolved = resolveUnderRoot(target.rootUri, target.uri);
    if (!resolved.ok) return { kind: 'unreachable', detail: `uri ${resolved.reason}` };
    const url = new URL(resolved.value.uri);
    const host = url.hostname.replace(/^\[|\]$/g, '');
    if (!this.options.allowPrivate && isIP(host) !== 0 && isPrivateAddress(host)) {
      return {
        kind: 'unreachable',
        detail: `${host} is a loopback, link-local or private address; the server does not read from it (set CUSTODY_HTTPS_ALLOW_PRIVATE=true to allow)`,
      };
    }
    try {
      const { hex, size } = await this.get(url);
      return {
        kind: 'observed',
        source: 'server',
        observed: { algorithm: 'sha256', value: hex, byteSize: size },
        detail: null,
      };
    } catch (error) {
      return { kind: 'unreachable', detail: `GET ${url.href}: ${reasonOf(error)}` };
    }
  }

  private get(url: URL): Promise<{ hex: string; size: number }> {
    const client = url.protocol === 'https:' ? https : http;
    return new Promise((resolve, reject) => {
      const request = client.get(
        url,
        {
          timeout: this.options.idleTimeoutMs,
          ...(this.options.ca ? { ca: this.options.ca } : {}),
          ...(this.options.allowPrivate ? {} : { lookup: publicOnlyLookup }),
        },
        (response) => {
          if (response.statusCode !== 200) {
            const location = response.headers.location ? ` to ${response.headers.location}, not followed` : '';
            response.resume();
            request.destroy();
            reject(new Error(`HTTP ${response.statusCode}${location}`));
            return;
          }
          const hash = createHash('sha256');
          let size = 0;
          response.on('data', (chunk: Buffer) => {
            hash.update(chunk);
            size += chunk.length;
          });
          response.on('end', () => {
            if (!response.complete) reject(new Error('the connection closed before the body was complete'));
            else resolve({ hex: hash.digest('hex'), size });
          });
          response.on('error', reject);
          response.on('aborted', () => reject(new Error('the response was aborted')));
        },
      );
      request.on('timeout', () =>
        request.destroy(new Error(`timed out (no progress for ${this.options.idleTimeoutMs} ms)`)),
      );
      request.on('error', reject);
    });
  }
}
