import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { isDomainError } from '@custody/kernel';
import { AggregateRepository, CommandMeta } from '@custody/platform';
import { MaterializationRequest, MaterializationRequester, MaterializationStatus } from '@custody/ports';
import { evolveMaterialization } from '../aggregates/materialization/materialization.evolve';
import { initialMaterializationState } from '../aggregates/materialization/materialization.state';
import { RequestMaterializationCommand } from '../features/request-materialization/request-materialization.command';

/** A UUID (version 8, RFC 9562) derived from the requester's key: the same key always names the same materialization. */
export function materializationIdFromKey(principalId: string, key: string): string {
  const hex = createHash('sha256').update(`materialization\0${principalId}\0${key}`).digest('hex');
  const variant = ((parseInt(hex[16], 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/**
 * MaterializationRequester through the operation context's own request slice (the same guards as REST), for the
 * data context's acquisition worker. The principal acts with the worker role, which may queue edge jobs.
 */
@Injectable()
export class MaterializationRequesterAdapter implements MaterializationRequester {
  constructor(
    private readonly commands: CommandBus,
    private readonly aggregates: AggregateRepository,
  ) {}

  async request(request: MaterializationRequest): Promise<{ materializationId: string }> {
    const materializationId = materializationIdFromKey(request.principalId, request.idempotencyKey);
    const meta: CommandMeta = {
      principal: { principalId: request.principalId, name: 'acquisition-worker', roles: ['worker'], groups: [] },
      correlationId: request.idempotencyKey,
      idempotencyKey: request.idempotencyKey,
    };
    try {
      await this.commands.execute(
        new RequestMaterializationCommand(
          {
            datasetId: request.datasetId,
            targetTierId: request.targetTierId,
            ...(request.targetUri !== undefined ? { targetUri: request.targetUri } : {}),
          },
          meta,
          materializationId,
        ),
      );
    } catch (error) {
      if (!(isDomainError(error) && error.code === 'MaterializationAlreadyRequested')) throw error;
    }
    return { materializationId };
  }

  async status(materializationId: string): Promise<MaterializationStatus | null> {
    const { state } = await this.aggregates.load(
      { evolve: evolveMaterialization, initialState: initialMaterializationState },
      materializationId,
    );
    if (!state.exists) return null;
    return {
      materializationId: state.materializationId,
      datasetId: state.datasetId,
      targetTierId: state.targetTierId,
      state: state.state,
      distributionId: state.distributionId,
      error: state.error,
    };
  }
}
