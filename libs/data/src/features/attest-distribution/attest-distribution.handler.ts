import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { AggregateRepository, PlatformMetrics, authorize } from '@custody/platform';
import { DISTRIBUTION_STREAM, DistributionAttested } from '../../aggregates/distribution/distribution.events';
import { evolveDistribution } from '../../aggregates/distribution/distribution.evolve';
import { DistributionState, initialDistributionState } from '../../aggregates/distribution/distribution.state';
import { Measurement } from '../../aggregates/distribution/measurement';
import { evolveTier } from '../../aggregates/tier/tier.evolve';
import { initialTierState } from '../../aggregates/tier/tier.state';
import { CHECKSUM_VERIFIER, ChecksumVerifier } from '../../ports/checksum-verifier';
import { AttestDistributionCommand, AttestationResult } from './attest-distribution.command';
import { attestDistributionDecider } from './attest-distribution.decider';

const distributionFold = { evolve: evolveDistribution, initialState: initialDistributionState };

/**
 * Measures first, outside any transaction (reading a large copy takes a while and must hold no lock), then
 * records the attestation with the dataset locked, as every status change does.
 */
@CommandHandler(AttestDistributionCommand)
export class AttestDistributionHandler implements ICommandHandler<AttestDistributionCommand> {
  constructor(
    private readonly aggregates: AggregateRepository,
    @Inject(CHECKSUM_VERIFIER) private readonly verifier: ChecksumVerifier,
    private readonly metrics: PlatformMetrics,
  ) {}

  async execute({ input, meta }: AttestDistributionCommand): Promise<AttestationResult> {
    authorize(meta, input.observed ? 'worker' : 'command');
    const { distributionId } = input;
    const peek = await this.aggregates.load(distributionFold, distributionId);
    const measurement: Measurement = input.observed
      ? { kind: 'observed', source: 'reported', observed: input.observed, detail: null }
      : await this.measure(peek.state);
    const event = await this.aggregates.transact(meta, async (unit) => {
      if (peek.state.exists) await unit.lock([peek.state.datasetId]);
      const { state } = await unit.load(distributionFold, distributionId);
      const events = attestDistributionDecider.decide(state, { distributionId, measurement }, undefined, unit.deps);
      unit.append(DISTRIBUTION_STREAM, distributionId, events);
      return events[0] as DistributionAttested;
    });
    if (peek.state.exists) this.metrics.attestations.inc({ tier_id: peek.state.tierId, outcome: event.data.outcome });
    return { attestationId: event.data.attestationId, outcome: event.data.outcome, observed: event.data.observed };
  }

  private async measure(distribution: DistributionState): Promise<Measurement> {
    // The decider refuses these; no bytes are read for them.
    if (!distribution.exists || distribution.status === 'Discarded') {
      return { kind: 'unreachable', detail: 'not measured' };
    }
    const { state: tier } = await this.aggregates.load(
      { evolve: evolveTier, initialState: initialTierState },
      distribution.tierId,
    );
    if (!tier.exists) return { kind: 'unreachable', detail: `tier ${distribution.tierId} does not exist` };
    if (!tier.reachable) return { kind: 'unreachable', detail: `tier ${tier.name} is marked unreachable` };
    return this.verifier.measure({
      accessProtocol: tier.accessProtocol,
      rootUri: tier.rootUri,
      uri: distribution.uri,
      algorithm: distribution.checksum.algorithm,
    });
  }
}
