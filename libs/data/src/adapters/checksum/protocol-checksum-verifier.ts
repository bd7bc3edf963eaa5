import { Measurement } from '../../aggregates/distribution/measurement';
import { AccessProtocol } from '../../aggregates/tier/tier-uri';
import { ChecksumVerifier, VerificationTarget } from '../../ports/checksum-verifier';

/**
 * The verifier the server uses: each tier's protocol to its adapter. Protocols without one (s3, globus for now)
 * are Unreachable from the server; an edge host that can read them reports what it measured instead.
 */
export class ProtocolChecksumVerifier implements ChecksumVerifier {
  constructor(private readonly byProtocol: Partial<Record<AccessProtocol, ChecksumVerifier>>) {}

  async measure(target: VerificationTarget): Promise<Measurement> {
    const verifier = this.byProtocol[target.accessProtocol];
    if (!verifier) {
      return {
        kind: 'unreachable',
        detail: `the server does not read ${target.accessProtocol} tiers; an edge host may report what it measured`,
      };
    }
    try {
      return await verifier.measure(target);
    } catch (error) {
      return { kind: 'unreachable', detail: error instanceof Error ? error.message : String(error) };
    }
  }
}
