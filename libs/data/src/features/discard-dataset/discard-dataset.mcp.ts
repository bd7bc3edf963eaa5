import { Injectable } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { CommandMeta, McpTool, McpToolDefinition } from '@custody/platform';
import {
  DiscardDatasetCommand,
  DiscardDatasetInput,
  discardDatasetInput,
  discardDatasetOutput,
} from './discard-dataset.command';

@McpTool()
@Injectable()
export class DiscardDatasetTool implements McpToolDefinition<typeof discardDatasetInput> {
  readonly name = 'discard_dataset';
  readonly title = 'Discard dataset';
  readonly description =
    'Discards a dataset: it takes no new copies, and its copies may then all be discarded. Fails with DatasetNotFound or DatasetCannotDiscard (already discarded).';
  readonly input = discardDatasetInput;
  readonly access = 'command' as const;
  readonly readOnly = false;
  readonly output = discardDatasetOutput;
  readonly destructive = true;
  readonly idempotent = true;

  constructor(private readonly commands: CommandBus) {}

  async execute(input: DiscardDatasetInput, meta: CommandMeta) {
    await this.commands.execute(new DiscardDatasetCommand(input, meta));
    return { datasetId: input.datasetId, status: 'Discarded' };
  }
}
