import { z } from 'zod';
import { principalIdInput } from '../principal.schemas';

export const disablePrincipalInput = principalIdInput;
export type DisablePrincipalInput = z.output<typeof disablePrincipalInput>;
export const disablePrincipalOutput = z.object({ principalId: z.uuid(), enabled: z.literal(false) });
