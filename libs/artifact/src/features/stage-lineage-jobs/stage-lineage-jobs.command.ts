import { Command } from '@nestjs/cqrs';
import { CommandMeta } from '@custody/platform';
import { z } from 'zod';
import { MAX_BATCH_ITEMS, stagingCountsOutput } from '../../lineage/lineage.schemas';

const INT32_MAX = 2_147_483_647;

export const lineageJobInput = z.strictObject({
  jobUid: z.string().min(1).max(200).describe('The job’s id, unique across finalized lineages'),
  command: z.string().max(100_000).describe('The command line the job ran'),
  stepNumber: z.int().nonnegative().max(INT32_MAX).describe('Its step in the pipeline'),
  startedAt: z.iso.datetime({ offset: true }).describe('When it started (ISO 8601)'),
  durationSeconds: z.number().nonnegative().optional().describe('How long it ran'),
  exitCode: z
    .int()
    .min(-INT32_MAX - 1)
    .max(INT32_MAX)
    .optional()
    .describe('Its exit code'),
  runId: z.guid().optional().describe('The custody run it was part of (it need not be registered yet)'),
});

export const stageLineageJobsInput = z.strictObject({
  jobs: z.array(lineageJobInput).min(1).max(MAX_BATCH_ITEMS).describe(`The jobs, 1 to ${MAX_BATCH_ITEMS}`),
});
export type StageLineageJobsInput = z.output<typeof stageLineageJobsInput>;

export const stageLineageJobsToolInput = stageLineageJobsInput.extend({
  sessionId: z.guid().describe('The lineage session'),
});
export type StageLineageJobsToolInput = z.output<typeof stageLineageJobsToolInput>;

export const stageLineageJobsOutput = stagingCountsOutput;
export type StageLineageJobsOutput = z.output<typeof stageLineageJobsOutput>;

export class StageLineageJobsCommand extends Command<StageLineageJobsOutput> {
  constructor(
    readonly sessionId: string,
    readonly input: StageLineageJobsInput,
    readonly meta: CommandMeta,
  ) {
    super();
  }
}
