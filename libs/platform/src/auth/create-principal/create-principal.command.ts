import { z } from 'zod';
import { ROLES } from '../principal';

export const createPrincipalInput = z.strictObject({
  name: z.string().trim().min(1).max(200).describe('Who or what the token belongs to, e.g. a person or an edge host'),
  roles: z.array(z.enum(ROLES)).min(1).describe('admin, operator, worker and/or reader'),
  groups: z
    .array(z.string().trim().min(1).max(100))
    .max(50)
    .default([])
    .describe('Groups; `admins` grants admin-class artifact reads'),
});
export type CreatePrincipalInput = z.output<typeof createPrincipalInput>;

export const principalView = z
  .object({
    principalId: z.string(),
    name: z.string(),
    roles: z.array(z.enum(ROLES)),
    groups: z.array(z.string()),
  })
  .meta({ id: 'Principal' });

export const createPrincipalOutput = principalView
  .extend({
    token: z
      .string()
      .optional()
      .describe('The bearer token (cus_…), shown only this once (absent from an idempotent replay)'),
  })
  .meta({ id: 'CreatedPrincipal' });
