import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { AggregateRepository, authorize } from '@custody/platform';
import { acquisitionNotFound } from '../../aggregates/acquisition/acquisition.errors';
import { evolveAcquisition } from '../../aggregates/acquisition/acquisition.evolve';
import {
  AcquisitionView,
  initialAcquisitionState,
  toAcquisitionView,
} from '../../aggregates/acquisition/acquisition.state';
import { GetAcquisitionQuery } from './get-acquisition.query';

/** Folds the stream: always current. */
@QueryHandler(GetAcquisitionQuery)
export class GetAcquisitionHandler implements IQueryHandler<GetAcquisitionQuery> {
  constructor(private readonly aggregates: AggregateRepository) {}

  async execute({ input, meta }: GetAcquisitionQuery): Promise<AcquisitionView> {
    authorize(meta, 'read');
    const { state, version } = await this.aggregates.load(
      { evolve: evolveAcquisition, initialState: initialAcquisitionState },
      input.acquisitionId,
    );
    if (!state.exists) throw acquisitionNotFound(input.acquisitionId);
    return toAcquisitionView(state, version);
  }
}
