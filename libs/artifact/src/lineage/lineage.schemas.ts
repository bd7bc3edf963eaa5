import { z } from 'zod';
import { DIGEST_HEX_LENGTH } from '../aggregates/lineage-session/lineage-hashes';

export const sessionIdParam = z.guid();

export const hashInput = z
  .strictObject({
    algorithm: z.enum(['sha256', 'blake3', 'md5']).describe('sha256, blake3 or md5'),
    digest: z
      .string()
      .regex(/^[0-9a-fA-F]+$/, 'must be hex')
      .transform((d) => d.toLowerCase())
      .describe('Hex digest: 64 digits for sha256 and blake3, 32 for md5'),
  })
  .superRefine((hash, ctx) => {
    const expected = DIGEST_HEX_LENGTH[hash.algorithm];
    if (hash.digest.length !== expected) {
      ctx.addIssue({
        code: 'custom',
        path: ['digest'],
        message: `a ${hash.algorithm} digest has ${expected} hex digits`,
      });
    }
  });

export const gitInput = z.strictObject({
  repo: z.string().min(1).max(2048).describe('Repository URL or path'),
  commit: z.string().min(1).max(200).describe('Commit id'),
  branch: z.string().max(500).describe('Branch name'),
});

/** A batch of lineage items: at most this many per request (bodies up to 16 MiB on these routes). */
export const MAX_BATCH_ITEMS = 10_000;
/** Links one session may hold. */
export const MAX_SESSION_LINKS = 100_000;

export const stagingCountsOutput = z.strictObject({
  created: z.int().nonnegative().describe('Items new to this session'),
  existing: z.int().nonnegative().describe('Items it already knew (sent again, or known from before)'),
});
