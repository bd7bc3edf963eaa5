import { Injectable, OnModuleInit } from '@nestjs/common';
import { CommandBus, ICommand } from '@nestjs/cqrs';
import { toProblem } from '../http/problem';
import { PlatformMetrics } from './metrics';

/**
 * Counts every command the bus executes by its type (the command class) and outcome (`ok` or the error code),
 * whichever edge sent it (REST, MCP, the worker's jobs). The bus has no middleware hook, so its public
 * `execute` is wrapped once at start.
 */
@Injectable()
export class CommandMetrics implements OnModuleInit {
  constructor(
    private readonly bus: CommandBus,
    private readonly metrics: PlatformMetrics,
  ) {}

  onModuleInit(): void {
    const execute = this.bus.execute.bind(this.bus) as (command: ICommand, ...rest: unknown[]) => Promise<unknown>;
    const counter = this.metrics.commands;
    const wrapped = async (command: ICommand, ...rest: unknown[]) => {
      const type = command.constructor.name;
      try {
        const result = await execute(command, ...rest);
        counter.inc({ type, outcome: 'ok' });
        return result;
      } catch (error) {
        counter.inc({ type, outcome: toProblem(error).code });
        throw error;
      }
    };
    (this.bus as { execute: unknown }).execute = wrapped;
  }
}
