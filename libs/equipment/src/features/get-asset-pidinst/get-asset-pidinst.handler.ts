import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { AggregateRepository, CUSTODY_CONFIG, CustodyConfig, authorize } from '@custody/platform';
import { assetNotFound } from '../../aggregates/asset/asset.errors';
import { buildAssetPidinst, requireCompletePidinst } from '../../pidinst/build-pidinst';
import { loadAssetPidinstFacts } from '../../pidinst/pidinst-facts';
import { PidinstRecord } from '../../pidinst/pidinst-record';
import { GetAssetPidinstQuery } from './get-asset-pidinst.query';

/** Folds the asset, its family and model (and its fixture for IsComponentOf): always current. */
@QueryHandler(GetAssetPidinstQuery)
export class GetAssetPidinstHandler implements IQueryHandler<GetAssetPidinstQuery> {
  constructor(
    private readonly aggregates: AggregateRepository,
    @Inject(CUSTODY_CONFIG) private readonly config: CustodyConfig,
  ) {}

  async execute({ input, meta }: GetAssetPidinstQuery): Promise<PidinstRecord> {
    if (meta) authorize(meta, 'read');
    const facts = await loadAssetPidinstFacts((aggregate, id) => this.aggregates.load(aggregate, id), input.assetId);
    if (!facts) throw assetNotFound(input.assetId);
    return requireCompletePidinst(
      buildAssetPidinst(facts, { publicUrl: this.config.publicUrl }),
      `Asset ${input.assetId}`,
    );
  }
}
