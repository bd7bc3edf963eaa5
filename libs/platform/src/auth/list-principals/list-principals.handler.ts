import { Injectable } from '@nestjs/common';
import { decodeIdCursor, toPage } from '../../http/pagination';
import { PrincipalRecord, PrincipalsService } from '../principals.service';
import { ListPrincipalsInput } from './list-principals.query';

@Injectable()
export class ListPrincipalsHandler {
  constructor(private readonly principals: PrincipalsService) {}

  async execute(input: ListPrincipalsInput): Promise<{ items: PrincipalRecord[]; nextCursor: string | null }> {
    const rows = await this.principals.list(input.limit + 1, decodeIdCursor(input.cursor));
    return toPage(
      rows,
      input.limit,
      (row) => row,
      (row) => [row.principalId],
    );
  }
}
