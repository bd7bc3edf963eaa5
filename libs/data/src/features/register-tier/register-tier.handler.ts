import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { IdGenerator } from '@custody/kernel';
import { fileURLToPath } from 'node:url';
import {
  AggregateRepository,
  CUSTODY_CONFIG,
  CustodyConfig,
  ID_GENERATOR,
  authorize,
  validationFailed,
} from '@custody/platform';
import { normaliseRootUri } from '../../aggregates/tier/tier-uri';
import { TIER_STREAM } from '../../aggregates/tier/tier.events';
import { RegisterTierCommand } from './register-tier.command';
import { registerTierDecider } from './register-tier.decider';

@CommandHandler(RegisterTierCommand)
export class RegisterTierHandler implements ICommandHandler<RegisterTierCommand> {
  constructor(
    private readonly aggregates: AggregateRepository,
    @Inject(ID_GENERATOR) private readonly ids: IdGenerator,
    @Inject(CUSTODY_CONFIG) private readonly config: CustodyConfig,
  ) {}

  /** With CUSTODY_FILE_TIER_ROOTS set, a file tier may only be rooted at or under one of its folders. */
  private checkFileRootAllowed(accessProtocol: string, rootUri: string): void {
    const allowed = this.config.fileTierRoots;
    if (accessProtocol !== 'file' || !allowed) return;
    const root = normaliseRootUri('file', rootUri);
    if (!root.ok) return; // the input schema already refused it
    const folder = fileURLToPath(root.value);
    if (allowed.some((a) => folder === a || folder.startsWith(a.endsWith('/') ? a : `${a}/`))) return;
    throw validationFailed([
      { path: 'rootUri', message: 'must lie under one of the folders CUSTODY_FILE_TIER_ROOTS allows' },
    ]);
  }

  async execute({ input, meta }: RegisterTierCommand): Promise<{ tierId: string }> {
    authorize(meta, 'admin');
    this.checkFileRootAllowed(input.accessProtocol, input.rootUri);
    const tierId = this.ids.newId();
    await this.aggregates.execute({
      decider: registerTierDecider,
      streamType: TIER_STREAM,
      streamId: tierId,
      newStream: true,
      command: {
        tierId,
        name: input.name,
        accessProtocol: input.accessProtocol,
        rootUri: input.rootUri,
        reachable: input.reachable,
      },
      meta,
    });
    return { tierId };
  }
}
