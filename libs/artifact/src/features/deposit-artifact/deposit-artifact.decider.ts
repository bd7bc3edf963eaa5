import { Decider, conflict, invalid } from '@custody/kernel';
import { isArtifactId } from '../../aggregates/artifact/artifact-id';
import { ArtifactEvent } from '../../aggregates/artifact/artifact.events';
import { evolveArtifact } from '../../aggregates/artifact/artifact.evolve';
import { ArtifactState, initialArtifactState } from '../../aggregates/artifact/artifact.state';
import { isSanitizedContentType } from '../../aggregates/artifact/content-type';

/** The facts of bytes that are already durable in the backend, to be recorded as an artifact. */
export interface DepositArtifact {
  readonly artifactId: string;
  readonly sizeBytes: number;
  readonly contentType: string;
  readonly sha256: string;
  readonly createdBy: string;
}

const SHA256 = /^[0-9a-f]{64}$/;

/** Records a deposit once: an artifact id names one set of bytes for ever, so a second record is refused. */
export const depositArtifactDecider: Decider<ArtifactState, DepositArtifact, ArtifactEvent, void> = {
  initialState: initialArtifactState,
  evolve: evolveArtifact,
  decide(state, command, _context, { now }) {
    if (state.exists) {
      throw conflict('ArtifactAlreadyDeposited', `Artifact ${command.artifactId} is already deposited.`);
    }
    const errors = [
      ...(isArtifactId(command.artifactId) ? [] : [{ path: 'artifactId', message: 'must be 32 lowercase hex digits' }]),
      ...(Number.isSafeInteger(command.sizeBytes) && command.sizeBytes >= 0
        ? []
        : [{ path: 'sizeBytes', message: 'must be a non-negative integer' }]),
      ...(isSanitizedContentType(command.contentType)
        ? []
        : [{ path: 'contentType', message: 'must be a lowercase type/subtype' }]),
      ...(SHA256.test(command.sha256) ? [] : [{ path: 'sha256', message: 'must be 64 lowercase hex digits' }]),
      ...(command.createdBy.length > 0 ? [] : [{ path: 'createdBy', message: 'must name the depositor' }]),
    ];
    if (errors.length > 0) throw invalid('ValidationFailed', 'The deposit’s facts are malformed.', errors);
    return [
      {
        type: 'ArtifactDeposited',
        data: {
          artifactId: command.artifactId,
          sizeBytes: command.sizeBytes,
          contentType: command.contentType,
          sha256: command.sha256,
          createdBy: command.createdBy,
          createdAt: now,
        },
      },
    ];
  },
};
