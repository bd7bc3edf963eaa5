import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { Page } from '@custody/kernel';
import { ProjectionRunner, authorize, decodeIdCursor, toPage } from '@custody/platform';
import { DataSource } from 'typeorm';
import { AssemblyState, AssemblyView, toAssemblyView } from '../../aggregates/assembly/assembly.state';
import { ASSEMBLY_SUMMARY } from '../../projections/assembly-summary.projection';
import { ListAssembliesQuery } from './list-assemblies.query';

type RegisteredAssembly = Extract<AssemblyState, { exists: true }>;

/** Reads the assembly_summary projection, oldest registrations first (UUIDv7 order), by keyset on the id. */
@QueryHandler(ListAssembliesQuery)
export class ListAssembliesHandler implements IQueryHandler<ListAssembliesQuery> {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    private readonly projections: ProjectionRunner,
  ) {}

  async execute({ input, meta }: ListAssembliesQuery): Promise<Page<AssemblyView>> {
    authorize(meta, 'read');
    const after = decodeIdCursor(input.cursor);
    await this.projections.ensureCurrent(ASSEMBLY_SUMMARY);
    const rows: { stream_id: string; version: number; state: RegisteredAssembly }[] = await this.dataSource.query(
      `SELECT stream_id, version, state FROM assembly_summary
        WHERE ($1::boolean IS NULL OR deprecated = $1)
          AND ($2::uuid IS NULL OR stream_id > $2)
        ORDER BY stream_id LIMIT $3`,
      [input.deprecated ?? null, after, input.limit + 1],
    );
    return toPage(
      rows,
      input.limit,
      (r) => toAssemblyView(r.state, r.version),
      (r) => [r.stream_id],
    );
  }
}
