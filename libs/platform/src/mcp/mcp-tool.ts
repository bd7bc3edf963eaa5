import { DiscoveryService } from '@nestjs/core';
import type { ContentBlock } from '@modelcontextprotocol/sdk/types.js';
import { z } from 'zod';
import { AccessLevel } from '../auth/principal';
import { CommandMeta } from '../commands/command-meta';

/**
 * One MCP tool, contributed by a slice beside its HTTP route (`register-asset.mcp.ts`). The input schema is
 * the slice's own zod schema, so REST and MCP validate alike.
 */
export interface McpToolDefinition<S extends z.ZodType = z.ZodType> {
  /** snake_case name of the slice, e.g. `register_asset`. */
  readonly name: string;
  readonly title: string;
  readonly description: string;
  readonly input: S;
  readonly access: AccessLevel;
  /** Reads carry `readOnlyHint`. */
  readonly readOnly: boolean;
  /** What the tool answers (the slice's zod output schema, the same the REST route documents). */
  readonly output?: z.ZodType;
  /** Discards, decommission, cancel, clear, disable: `destructiveHint`. */
  readonly destructive?: boolean;
  /** Safe to retry with the same arguments (a second call changes nothing more): `idempotentHint`. */
  readonly idempotent?: boolean;
  execute(input: z.output<S>, meta: CommandMeta): Promise<unknown>;
}

/** The output of a tool whose REST route answers 204: an empty object (`{}`). */
export const emptyOutput = z.object({}).meta({ id: 'Empty' });

/** Marks a provider as an MCP tool; the registry discovers it in whatever module declares it. */
export const McpTool = DiscoveryService.createDecorator<void>();

/**
 * A tool answer that carries more than its JSON (e.g. an embedded resource): `structured` is the
 * structuredContent (and the first text block), `extra` the content blocks that follow it.
 */
export class McpToolAnswer {
  constructor(
    readonly structured: Record<string, unknown>,
    readonly extra: readonly ContentBlock[],
  ) {}
}
