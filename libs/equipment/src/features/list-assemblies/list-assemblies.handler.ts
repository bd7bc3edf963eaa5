import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { Page } from '@custody/kernel';
import { ProjectionRunner, authorize, decodeIdCursor, toPage, filteredRead, preparedRead } from '@custody/platform';
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
    const rows = await preparedRead<{ stream_id: string; version: number; state: RegisteredAssembly }>(
      this.dataSource,
      filteredRead(
        `SELECT stream_id, version, state FROM assembly_summary`,
        [
          ['deprecated = ?::boolean', input.deprecated],
          ['stream_id > ?::uuid', after],
        ],
        'ORDER BY stream_id LIMIT ?',
        [input.limit + 1],
      ),
    );
    return toPage(
      rows,
      input.limit,
      (r) => toAssemblyView(r.state, r.version),
      (r) => [r.stream_id],
    );
  }
}
