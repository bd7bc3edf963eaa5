import { createHash } from 'node:crypto';
import * as http from 'node:http';
import * as https from 'node:https';
import { Measurement } from '../../aggregates/distribution/measurement';
import { resolveUnderRoot } from '../../aggregates/tier/tier-uri';
import { ChecksumVerifier, VerificationTarget } from '../../ports/checksum-verifier';
import { reasonOf } from './io';

export interface HttpsVerifierOptions {
  /** Connecting, or the body making no progress, for this long makes the copy Unreachable. */
  readonly idleTimeoutMs: number;
  /** Extra trusted CA certificates (PEM), e.g. a facility's own CA. */
  readonly ca?: string | Buffer;
}

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
        { timeout: this.options.idleTimeoutMs, ...(this.options.ca ? { ca: this.options.ca } : {}) },
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
