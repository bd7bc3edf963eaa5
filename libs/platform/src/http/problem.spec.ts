import { LoggerService } from '@nestjs/common';
import { DomainError } from '@custody/kernel';
import { logServerFailure, toProblem } from './problem';

function recordingLogger(): LoggerService & { lines: Array<[string, string]> } {
  const lines: Array<[string, string]> = [];
  const record = (level: string) => (message: unknown) => lines.push([level, String(message)]);
  return { lines, log: record('log'), warn: record('warn'), error: record('error') };
}

describe('logServerFailure', () => {
  it('logs an unexpected failure as an error with its stack', () => {
    const logger = recordingLogger();
    const bug = new TypeError('cannot read properties of undefined');
    logServerFailure(logger, toProblem(bug), bug);
    expect(logger.lines).toEqual([['error', bug.stack]]);
  });

  it('logs a database that is away as a one-line warning, without a stack', () => {
    const logger = recordingLogger();
    const outage = Object.assign(new Error('terminating connection due to administrator command'), { code: '57P01' });
    expect(toProblem(outage).status).toBe(503);
    logServerFailure(logger, toProblem(outage), outage);
    expect(logger.lines).toEqual([
      ['warn', 'database unavailable: terminating connection due to administrator command'],
    ]);
  });

  it('logs nothing for a client error', () => {
    const logger = recordingLogger();
    const refused = new DomainError('AssetNotFound', 'NotFound', 'no such asset');
    logServerFailure(logger, toProblem(refused), refused);
    expect(logger.lines).toEqual([]);
  });
});
