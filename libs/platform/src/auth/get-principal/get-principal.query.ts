import { z } from 'zod';
import { principalIdInput, principalOutput } from '../principal.schemas';

export const getPrincipalInput = principalIdInput;
export type GetPrincipalInput = z.output<typeof getPrincipalInput>;
export const getPrincipalOutput = principalOutput;
