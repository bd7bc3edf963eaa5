import { Injectable } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { AggregateRepository, CommandMeta, EventStore } from '@custody/platform';
import {
  ActingPrincipal,
  AttestCopyRequest,
  AttestCopyResult,
  DistributionRegistrar,
  RegisterCopyRequest,
} from '@custody/ports';
import { evolveDataset } from '../aggregates/dataset/dataset.evolve';
import { initialDatasetState } from '../aggregates/dataset/dataset.state';
import { DistributionAttested } from '../aggregates/distribution/distribution.events';
import { evolveTier } from '../aggregates/tier/tier.evolve';
import { initialTierState } from '../aggregates/tier/tier.state';
import { resolveUnderRoot } from '../aggregates/tier/tier-uri';
import { AttestDistributionCommand } from '../features/attest-distribution/attest-distribution.command';
import { RegisterDistributionCommand } from '../features/register-distribution/register-distribution.command';

function metaFor(principal: ActingPrincipal, idempotencyKey: string): CommandMeta {
  return {
    principal: { ...principal, groups: [] },
    correlationId: idempotencyKey,
    idempotencyKey,
  };
}

/**
 * DistributionRegistrar through the data context's own command handlers (the same guards as REST). Each call
 * carries its idempotency key into the events' metadata; a call whose key is already on the copy's stream
 * answers what that first call recorded, so a job resumed after a crash registers and attests exactly once.
 */
@Injectable()
export class CommandDistributionRegistrar implements DistributionRegistrar {
  constructor(
    private readonly commands: CommandBus,
    private readonly aggregates: AggregateRepository,
    private readonly events: EventStore,
  ) {}

  async registerCopy(request: RegisterCopyRequest): Promise<{ distributionId: string }> {
    const earlier = await this.registeredEarlier(request);
    if (earlier) return { distributionId: earlier };
    return this.commands.execute(
      new RegisterDistributionCommand(
        {
          datasetId: request.datasetId,
          tierId: request.tierId,
          uri: request.relativePath,
          checksum: request.checksum,
          byteSize: request.byteSize,
        },
        metaFor(request.actingFor, request.idempotencyKey),
      ),
    );
  }

  async attestCopy(request: AttestCopyRequest): Promise<AttestCopyResult> {
    const stored = await this.events.loadStored(request.distributionId);
    // An Unreachable attestation changed nothing: the retry measures again.
    const earlier = stored.find(
      (e) =>
        e.type === 'DistributionAttested' &&
        e.metadata.idempotencyKey === request.idempotencyKey &&
        (e.data as DistributionAttested['data']).outcome !== 'Unreachable',
    );
    if (earlier) {
      const data = earlier.data as DistributionAttested['data'];
      return { attestationId: data.attestationId, outcome: data.outcome };
    }
    const result = await this.commands.execute(
      new AttestDistributionCommand(
        { distributionId: request.distributionId, ...(request.observed ? { observed: request.observed } : {}) },
        metaFor(request.actingFor, request.idempotencyKey),
      ),
    );
    return { attestationId: result.attestationId, outcome: result.outcome };
  }

  /** The copy this key registered before, if any: same tier and location, and the key on its first event. */
  private async registeredEarlier(request: RegisterCopyRequest): Promise<string | null> {
    const [{ state: dataset }, { state: tier }] = await Promise.all([
      this.aggregates.load({ evolve: evolveDataset, initialState: initialDatasetState }, request.datasetId),
      this.aggregates.load({ evolve: evolveTier, initialState: initialTierState }, request.tierId),
    ]);
    if (!dataset.exists || !tier.exists) return null;
    const resolved = resolveUnderRoot(tier.rootUri, request.relativePath);
    if (!resolved.ok) return null;
    const member = dataset.distributions.find((d) => d.tierId === request.tierId && d.uri === resolved.value.uri);
    if (!member) return null;
    const [first] = await this.events.loadStored(member.distributionId);
    return first?.metadata.idempotencyKey === request.idempotencyKey ? member.distributionId : null;
  }
}
