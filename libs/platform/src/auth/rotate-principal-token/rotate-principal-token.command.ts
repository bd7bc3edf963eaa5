import { z } from 'zod';
import { principalIdInput } from '../principal.schemas';

export const rotatePrincipalTokenInput = principalIdInput;
export type RotatePrincipalTokenInput = z.output<typeof rotatePrincipalTokenInput>;
export const rotatePrincipalTokenOutput = z.object({
  token: z.string().describe('The new bearer token, shown only this once; the old one no longer works'),
});
