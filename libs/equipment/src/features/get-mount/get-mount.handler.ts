import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { AggregateRepository, authorize } from '@custody/platform';
import { mountNotFound } from '../../aggregates/mount/mount.errors';
import { evolveMount } from '../../aggregates/mount/mount.evolve';
import { MountView, initialMountState, toMountView } from '../../aggregates/mount/mount.state';
import { GetMountQuery } from './get-mount.query';

/** Folds the stream: always current. */
@QueryHandler(GetMountQuery)
export class GetMountHandler implements IQueryHandler<GetMountQuery> {
  constructor(private readonly aggregates: AggregateRepository) {}

  async execute({ input, meta }: GetMountQuery): Promise<MountView> {
    authorize(meta, 'read');
    const { state, version } = await this.aggregates.load(
      { evolve: evolveMount, initialState: initialMountState },
      input.mountId,
    );
    if (!state.exists) throw mountNotFound(input.mountId);
    return toMountView(state, version);
  }
}
