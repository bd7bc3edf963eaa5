import { Inject, Injectable } from '@nestjs/common';
import { ReadinessCheck, ReadinessProbe } from '@custody/platform';
import { randomBytes } from 'node:crypto';
import { Readable } from 'node:stream';
import { ARTIFACT_BACKEND, ArtifactBackend } from './artifact-backend';

/**
 * /health/ready: the artifact store takes bytes. A probe blob under a fresh id (never a recorded artifact's) is
 * written through the same backend as deposits, read back by size and removed.
 */
@ReadinessCheck()
@Injectable()
export class ArtifactStoreReadiness implements ReadinessProbe {
  readonly name = 'artifactStore';

  constructor(@Inject(ARTIFACT_BACKEND) private readonly backend: ArtifactBackend) {}

  async check(): Promise<Record<string, unknown>> {
    const probeId = randomBytes(16).toString('hex');
    try {
      const stored = await this.backend.put(probeId, Readable.from([Buffer.from('custody readiness probe')]));
      if (stored.sizeBytes !== 23)
        throw new Error(`the ${this.backend.kind} store kept ${stored.sizeBytes} of 23 bytes`);
    } finally {
      await this.backend.delete(probeId).catch(() => false);
    }
    return { kind: this.backend.kind };
  }
}
