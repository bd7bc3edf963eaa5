import { z } from 'zod';

export const rebuildProjectionInput = z.strictObject({
  name: z.string().min(1).max(100).describe('Projection name, e.g. asset_summary'),
});

export const rebuildProjectionOutput = z.object({
  name: z.string(),
  eventsProcessed: z.number().int().describe('Events replayed into the emptied projection'),
});
