import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { authorize, validationFailed } from '@custody/platform';
import { DataSource } from 'typeorm';
import { lineageArtifactNotFound } from '../../aggregates/lineage-session/lineage-session.errors';
import { ArtifactHash, SourceType } from '../../aggregates/lineage-session/lineage-session.events';
import { LineageGraphReader, parseHashRef } from '../../lineage/lineage-graph-reader';
import { GetLineageArtifactOutput, GetLineageArtifactQuery } from './get-lineage-artifact.query';

@QueryHandler(GetLineageArtifactQuery)
export class GetLineageArtifactHandler implements IQueryHandler<GetLineageArtifactQuery> {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    private readonly graph: LineageGraphReader,
  ) {}

  async execute({ input, meta }: GetLineageArtifactQuery): Promise<GetLineageArtifactOutput> {
    authorize(meta, 'read');
    const hash = parseHashRef(input.hash);
    if (!hash) throw validationFailed([{ path: 'hash', message: 'the digest has the wrong length for its algorithm' }]);
    const rows: {
      node_id: string;
      hashes: ArtifactHash[];
      size: string;
      source_type: SourceType;
      source_url: string | null;
    }[] = await this.dataSource.query(
      `SELECT a.node_id, a.hashes, a.size::text, a.source_type, a.source_url
         FROM lineage_artifact_hashes h JOIN lineage_artifacts a USING (artifact_id)
        WHERE h.algorithm = $1 AND h.digest = $2`,
      [hash.algorithm, hash.digest],
    );
    const row = rows[0];
    if (!row) throw lineageArtifactNotFound(`${hash.algorithm}:${hash.digest}`);
    await this.graph.current();
    const { producedBy, consumedBy } = await this.graph.jobsAround(row.node_id);
    return {
      artifact: {
        id: row.node_id,
        hashes: row.hashes,
        size: Number(row.size),
        sourceType: row.source_type,
        sourceUrl: row.source_url,
      },
      producedBy: producedBy as GetLineageArtifactOutput['producedBy'],
      consumedBy: consumedBy as GetLineageArtifactOutput['consumedBy'],
    };
  }
}
