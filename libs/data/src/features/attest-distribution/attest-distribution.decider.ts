import { Decider, invalid } from '@custody/kernel';
import { matches } from '../../aggregates/checksum/checksum';
import { distributionDiscarded, distributionNotFound } from '../../aggregates/distribution/distribution.errors';
import { AttestationOutcome, DistributionEvent } from '../../aggregates/distribution/distribution.events';
import { evolveDistribution } from '../../aggregates/distribution/distribution.evolve';
import { DistributionState, initialDistributionState } from '../../aggregates/distribution/distribution.state';
import { Measurement } from '../../aggregates/distribution/measurement';

export interface AttestDistribution {
  readonly distributionId: string;
  readonly measurement: Measurement;
}

/**
 * Records an attestation: Match when the measured algorithm, value and size all equal the copy's, Mismatch
 * otherwise, Unreachable when the bytes could not be read. Status follows (Match → Verified, Mismatch → Stale,
 * Unreachable → unchanged). A report in another algorithm than the copy's cannot be compared and is refused.
 */
export const attestDistributionDecider: Decider<DistributionState, AttestDistribution, DistributionEvent> = {
  initialState: initialDistributionState,
  evolve: evolveDistribution,
  decide(state, command, _context, { now, newId }) {
    if (!state.exists) throw distributionNotFound(command.distributionId);
    if (state.status === 'Discarded') throw distributionDiscarded(command.distributionId);
    const m = command.measurement;
    if (m.kind === 'observed' && m.source === 'reported' && m.observed.algorithm !== state.checksum.algorithm) {
      const message = `must be ${state.checksum.algorithm}, the algorithm of the copy’s checksum`;
      throw invalid('AttestationAlgorithmMismatch', `observed.algorithm ${message}.`, [
        { path: 'observed.algorithm', message },
      ]);
    }
    let outcome: AttestationOutcome;
    let detail: string | null;
    if (m.kind === 'unreachable') {
      outcome = 'Unreachable';
      detail = m.detail;
    } else if (matches(state.checksum, state.byteSize, m.observed)) {
      outcome = 'Match';
      detail = m.detail;
    } else {
      outcome = 'Mismatch';
      detail =
        m.detail ??
        `expected ${state.checksum.algorithm} ${state.checksum.value} of ${state.byteSize} bytes, observed ` +
          `${m.observed.algorithm} ${m.observed.value} of ${m.observed.byteSize} bytes`;
    }
    return [
      {
        type: 'DistributionAttested',
        data: {
          distributionId: command.distributionId,
          attestationId: newId(),
          outcome,
          observed: m.kind === 'observed' ? m.observed : null,
          source: m.kind === 'observed' ? m.source : 'server',
          detail,
          at: now,
        },
      },
    ];
  },
};
