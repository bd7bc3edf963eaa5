import { Injectable } from '@nestjs/common';
import { CommandMeta, McpTool, McpToolDefinition } from '@custody/platform';
import { DepositArtifactInput, depositArtifactInput, depositArtifactOutput } from './deposit-artifact.command';
import { ArtifactDepositor } from './deposit-artifact.depositor';

@McpTool()
@Injectable()
export class DepositArtifactTool implements McpToolDefinition<typeof depositArtifactInput> {
  readonly name = 'deposit_artifact';
  readonly title = 'Deposit artifact';
  readonly description =
    'Stores bytes (base64 `content`, at most 16 MiB decoded) as a new artifact with its content type and returns { artifactUri, sizeBytes, contentType, sha256 }. Every deposit gets a fresh custody://artifacts/… URI; nothing is ever overwritten. Larger files go over HTTP (POST /v1/artifacts, multipart). Fails with PayloadTooLarge.';
  readonly input = depositArtifactInput;
  readonly access = 'worker' as const;
  readonly readOnly = false;
  readonly output = depositArtifactOutput;

  constructor(private readonly depositor: ArtifactDepositor) {}

  execute(input: DepositArtifactInput, meta: CommandMeta) {
    return this.depositor.depositBytes(Buffer.from(input.content, 'base64'), input.contentType, meta);
  }
}
