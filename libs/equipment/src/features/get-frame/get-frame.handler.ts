import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { AggregateRepository, authorize } from '@custody/platform';
import { DataSource } from 'typeorm';
import { frameNotFound } from '../../aggregates/frame/frame.errors';
import { evolveFrame } from '../../aggregates/frame/frame.evolve';
import { FrameView, initialFrameState, toFrameView } from '../../aggregates/frame/frame.state';
import { evolveMount } from '../../aggregates/mount/mount.evolve';
import { initialMountState } from '../../aggregates/mount/mount.state';
import { GetFrameQuery } from './get-frame.query';

/**
 * Folds the frame and each of its mounts (what a mount holds lives in the mount's own stream), all in one
 * repeatable-read snapshot, so the answer is one consistent moment.
 */
@QueryHandler(GetFrameQuery)
export class GetFrameHandler implements IQueryHandler<GetFrameQuery> {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    private readonly aggregates: AggregateRepository,
  ) {}

  async execute({ input, meta }: GetFrameQuery): Promise<FrameView> {
    authorize(meta, 'read');
    return this.dataSource.transaction('REPEATABLE READ', async (manager) => {
      const { state, version } = await this.aggregates.load(
        { evolve: evolveFrame, initialState: initialFrameState },
        input.frameId,
        manager,
      );
      if (!state.exists) throw frameNotFound(input.frameId);
      const installed = new Map<string, string | null>();
      for (const { mountId } of state.mounts) {
        const mount = await this.aggregates.load(
          { evolve: evolveMount, initialState: initialMountState },
          mountId,
          manager,
        );
        installed.set(mountId, mount.state.exists ? mount.state.assetId : null);
      }
      return toFrameView(state, version, installed);
    });
  }
}
