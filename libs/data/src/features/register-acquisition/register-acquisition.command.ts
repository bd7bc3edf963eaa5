import { Command } from '@nestjs/cqrs';
import { CommandMeta } from '@custody/platform';
import { z } from 'zod';
import { RETENTION_POLICIES, RUN_KINDS } from '../../aggregates/acquisition/acquisition.events';
import { hostInput } from '../../schemas/acquisition.schema';

const relativeFilePath = z
  .string()
  .min(1)
  .max(4000)
  .refine(
    (p) => !p.startsWith('/') && p.split('/').every((s) => s !== '..' && s !== '') && !p.includes('\0'),
    'must be a relative path inside the run (no leading "/", no empty or ".." segments)',
  );

export const registerAcquisitionInput = z.strictObject({
  tierId: z.guid().describe('The acquisition (staging) tier the instrument writes on'),
  path: z
    .string()
    .min(1)
    .max(4000)
    .describe('The run’s folder: a path relative to the tier root, or an absolute URI or /path under it'),
  runKind: z.enum(RUN_KINDS as ['run', 'test']).describe('A real run or a test'),
  targetTierId: z.guid().optional().describe('Where the worker archives it; the worker drives only these'),
  retention: z
    .strictObject({
      policy: z.enum(RETENTION_POLICIES as ['manual', 'scheduled']),
      retainHours: z.number().min(0).max(876000).optional(),
    })
    .refine((r) => r.policy === 'manual' || r.retainHours !== undefined, {
      message: 'scheduled retention needs retainHours',
      path: ['retainHours'],
    })
    .optional()
    .describe(
      'When the staging copy goes once the archive copy is Verified: manual (POST …/clear) or scheduled after retainHours. Default manual',
    ),
  assetId: z.guid().optional().describe('The instrument that wrote it'),
  fixtureId: z.guid().optional().describe('The fixture that wrote it'),
  expectedFiles: z
    .array(z.strictObject({ path: relativeFilePath, size: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER) }))
    .max(100000)
    .optional()
    .describe('Complete once every one is present at its size (otherwise: once a .complete sentinel appears)'),
  host: hostInput.optional().describe('The host registering it (recorded on the staging history entry)'),
});
export type RegisterAcquisitionInput = z.output<typeof registerAcquisitionInput>;

export const registerAcquisitionOutput = z.object({ acquisitionId: z.string(), state: z.literal('staging') });

export class RegisterAcquisitionCommand extends Command<{ acquisitionId: string; state: 'staging' }> {
  constructor(
    readonly input: RegisterAcquisitionInput,
    readonly meta: CommandMeta,
  ) {
    super();
  }
}
