import { z } from 'zod';
import { CHECKSUM_ALGORITHMS, ChecksumAlgorithm, SHA256_HEX } from '../aggregates/checksum/checksum';

/** Shared by the slices that take a checksum, so REST and MCP validate it alike everywhere. */
export const checksumAlgorithmInput = z
  .enum(CHECKSUM_ALGORITHMS as [ChecksumAlgorithm, ...ChecksumAlgorithm[]])
  .describe('sha256 of a file, or sha256-tree of a directory (sha256 of its sorted "<sha256>  <path>" lines)');

export const checksumValueInput = z
  .string()
  .trim()
  .toLowerCase()
  .regex(SHA256_HEX, 'must be 64 hexadecimal digits')
  .describe('The digest, 64 hexadecimal digits');

export const checksumInput = z.strictObject({
  algorithm: checksumAlgorithmInput,
  value: checksumValueInput,
});

export const byteSizeInput = z
  .number()
  .int()
  .min(0)
  .max(Number.MAX_SAFE_INTEGER)
  .describe('Size in bytes (for a directory, the sum of its files’ sizes)');
