import { z } from 'zod';
import { pageQueryShape } from '../../http/pagination';
import { principalOutput } from '../principal.schemas';

export const listPrincipalsInput = z.strictObject({ ...pageQueryShape });
export type ListPrincipalsInput = z.output<typeof listPrincipalsInput>;

export const listPrincipalsOutput = z.object({ items: z.array(principalOutput), nextCursor: z.string().nullable() });
