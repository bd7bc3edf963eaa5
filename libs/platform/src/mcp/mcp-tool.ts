import { DiscoveryService } from '@nestjs/core';
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

/** Marks a provider as an MCP tool; the registry discovers it in whatever module declares it. */
export const McpTool = DiscoveryService.createDecorator<void>();
