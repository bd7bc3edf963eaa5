import { Query } from '@nestjs/cqrs';
import { CommandMeta } from '@custody/platform';
import { z } from 'zod';
import { LineageGraph } from '../../lineage/lineage-graph-reader';

export const queryLineageGraphInput = z.strictObject({
  node: z
    .string()
    .min(3)
    .max(4200)
    .describe('Start node: artifact:<alg>:<digest>, job:<jobUid>, dataset:<id>, run:<id>, asset:<id> or fixture:<id>'),
  direction: z
    .enum(['upstream', 'downstream', 'both'])
    .default('upstream')
    .describe('upstream: towards what it came from (default); downstream: what came of it; both'),
  depth: z
    .union([
      z.int(),
      z
        .string()
        .regex(/^[0-9]{1,2}$/, 'must be 1 to 50 in plain digits')
        .transform(Number),
    ])
    .pipe(z.int().min(1).max(50))
    .default(10)
    .describe('How many edges to walk, 1 to 50 (default 10)'),
});
export type QueryLineageGraphInput = z.output<typeof queryLineageGraphInput>;

export const queryLineageGraphOutput = z.strictObject({
  nodes: z
    .array(
      z
        .looseObject({
          id: z.string().describe('kind:…, as the node parameter names it'),
          kind: z.enum(['artifact', 'job', 'dataset', 'run', 'asset', 'fixture']),
          depth: z.int().nonnegative().describe('Edges from the start node'),
        })
        .describe('A node with what its context recorded about it'),
    )
    .describe('The nodes reached, the start node first'),
  edges: z
    .array(
      z.strictObject({
        from: z.string(),
        to: z.string(),
        kind: z.enum(['collectedBy', 'used', 'generated', 'partOf', 'sameAs']),
      }),
    )
    .describe('The edges among them'),
  truncated: z.boolean().describe('true when the walk stopped at 10,000 nodes'),
});

export class QueryLineageGraphQuery extends Query<LineageGraph> {
  constructor(
    readonly input: QueryLineageGraphInput,
    readonly meta: CommandMeta,
  ) {
    super();
  }
}
