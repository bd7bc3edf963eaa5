import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { IdGenerator } from '@custody/kernel';
import { AggregateRepository, ID_GENERATOR, authorize } from '@custody/platform';
import { FRAME_STREAM } from '../../aggregates/frame/frame.events';
import { RegisterFrameCommand } from './register-frame.command';
import { registerFrameDecider } from './register-frame.decider';

@CommandHandler(RegisterFrameCommand)
export class RegisterFrameHandler implements ICommandHandler<RegisterFrameCommand> {
  constructor(
    private readonly aggregates: AggregateRepository,
    @Inject(ID_GENERATOR) private readonly ids: IdGenerator,
  ) {}

  async execute({ input, meta }: RegisterFrameCommand): Promise<{ frameId: string }> {
    authorize(meta, 'command');
    const frameId = this.ids.newId();
    await this.aggregates.execute({
      decider: registerFrameDecider,
      streamType: FRAME_STREAM,
      streamId: frameId,
      newStream: true,
      command: { frameId, name: input.name },
      meta,
    });
    return { frameId };
  }
}
