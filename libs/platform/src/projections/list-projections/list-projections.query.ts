import { z } from 'zod';

export const projectionStatusView = z
  .object({
    name: z.string(),
    position: z.string().describe('Global position of the last event processed'),
    lagEvents: z.number().int().describe('Committed events not yet processed (counted up to 100,000)'),
    lagSeconds: z.number().describe('Age of the oldest unprocessed event, 0 when current'),
  })
  .meta({ id: 'ProjectionStatus' });

/** Every projection on one page (there are few): `nextCursor` is always null. */
export const listProjectionsOutput = z.object({ items: z.array(projectionStatusView), nextCursor: z.null() });
