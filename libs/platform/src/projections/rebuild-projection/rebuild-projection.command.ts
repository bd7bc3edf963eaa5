import { z } from 'zod';

export const rebuildProjectionInput = z.strictObject({
  name: z.string().min(1).max(100).describe('Projection name, e.g. asset_summary'),
});
