import { z } from 'zod';
import { ROLES } from './principal';

/** A principal as answered to an administrator: never with a token. */
export const principalOutput = z.object({
  principalId: z.uuid(),
  name: z.string(),
  roles: z.array(z.enum(ROLES)),
  groups: z.array(z.string()),
  enabled: z.boolean().describe('false once disabled: its tokens answer 401'),
  createdAt: z.string().describe('ISO 8601 UTC'),
});

export const principalIdInput = z.strictObject({ principalId: z.uuid().describe('The principal') });
