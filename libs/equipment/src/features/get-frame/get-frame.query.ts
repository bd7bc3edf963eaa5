import { Query } from '@nestjs/cqrs';
import { CommandMeta } from '@custody/platform';
import { z } from 'zod';
import { FrameView } from '../../aggregates/frame/frame.state';
import { frameView } from '../../views/equipment.views';

export const getFrameInput = z.strictObject({
  frameId: z
    .guid()
    .transform((id) => id.toLowerCase())
    .describe('The frame to read'),
});
export type GetFrameInput = z.output<typeof getFrameInput>;

export const getFrameOutput = frameView;

export class GetFrameQuery extends Query<FrameView> {
  constructor(
    readonly input: GetFrameInput,
    readonly meta: CommandMeta,
  ) {
    super();
  }
}
