import { Command } from '@nestjs/cqrs';
import { CommandMeta, textInput } from '@custody/platform';
import { z } from 'zod';
import { ACCESS_PROTOCOLS, AccessProtocol, normaliseRootUri } from '../../aggregates/tier/tier-uri';

export const registerTierInput = z
  .strictObject({
    name: textInput(200).describe('Name of the storage tier, e.g. "detector-local" or "archive"'),
    accessProtocol: z
      .enum(ACCESS_PROTOCOLS as [AccessProtocol, ...AccessProtocol[]])
      .describe('How its bytes are read: file, s3, https or globus'),
    rootUri: z
      .string()
      .trim()
      .min(1)
      .max(2000)
      .describe(
        'Root every copy on the tier lies under: file:///abs/path (or /abs/path), s3://bucket/prefix, https://host/path, globus://endpoint/path',
      ),
    reachable: z
      .boolean()
      .default(true)
      .describe('Whether the server can reach the tier now (default true); unreachable tiers attest Unreachable'),
  })
  .superRefine((value, ctx) => {
    const root = normaliseRootUri(value.accessProtocol, value.rootUri);
    if (!root.ok) ctx.addIssue({ code: 'custom', path: ['rootUri'], message: root.reason });
  });
export type RegisterTierInput = z.output<typeof registerTierInput>;

export const registerTierOutput = z.object({ tierId: z.string().describe('The new tier (UUID)') });

export class RegisterTierCommand extends Command<{ tierId: string }> {
  constructor(
    readonly input: RegisterTierInput,
    readonly meta: CommandMeta,
  ) {
    super();
  }
}
