import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { IdGenerator } from '@custody/kernel';
import { AggregateRepository, ID_GENERATOR, authorize } from '@custody/platform';
import { FRAME_STREAM, FrameEvent } from '../../aggregates/frame/frame.events';
import { MOUNT_STREAM, MountCreated } from '../../aggregates/mount/mount.events';
import { evolveMount } from '../../aggregates/mount/mount.evolve';
import { initialMountState } from '../../aggregates/mount/mount.state';
import { AddMountCommand } from './add-mount.command';
import { addMountDecider } from './add-mount.decider';

@CommandHandler(AddMountCommand)
export class AddMountHandler implements ICommandHandler<AddMountCommand> {
  constructor(
    private readonly aggregates: AggregateRepository,
    @Inject(ID_GENERATOR) private readonly ids: IdGenerator,
  ) {}

  async execute({ input, meta }: AddMountCommand): Promise<{ mountId: string }> {
    authorize(meta, 'command');
    const mountId = this.ids.newId();
    await this.aggregates.transact(meta, async (unit) => {
      // The frame's lock serializes two adds of one slot: the second sees the first's mount.
      const frame = await unit.load(addMountDecider, input.frameId);
      await unit.load({ evolve: evolveMount, initialState: initialMountState }, mountId);
      const events = addMountDecider.decide(
        frame.state,
        { frameId: input.frameId, mountId, slotCode: input.slotCode },
        undefined,
        unit.deps,
      );
      unit.append(
        FRAME_STREAM,
        input.frameId,
        events.filter((e): e is FrameEvent => e.type === 'FrameMountAdded'),
      );
      unit.append(
        MOUNT_STREAM,
        mountId,
        events.filter((e): e is MountCreated => e.type === 'MountCreated'),
      );
    });
    return { mountId };
  }
}
