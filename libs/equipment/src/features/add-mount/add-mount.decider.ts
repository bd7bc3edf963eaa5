import { Decider, conflict } from '@custody/kernel';
import { frameNotFound } from '../../aggregates/frame/frame.errors';
import { FRAME_EVENT_TYPES, FrameEvent } from '../../aggregates/frame/frame.events';
import { evolveFrame } from '../../aggregates/frame/frame.evolve';
import { FrameState, initialFrameState, sameSlotCode } from '../../aggregates/frame/frame.state';
import { MountCreated } from '../../aggregates/mount/mount.events';

export interface AddMount {
  readonly frameId: string;
  /** The new mount's id (fresh, from the handler's id source). */
  readonly mountId: string;
  readonly slotCode: string;
}

/** FrameMountAdded goes to the frame's stream, MountCreated opens the new mount's stream; one transaction. */
export type AddMountEvent = FrameEvent | MountCreated;

const frameTypes = new Set<string>(FRAME_EVENT_TYPES);

export const addMountDecider: Decider<FrameState, AddMount, AddMountEvent> = {
  initialState: initialFrameState,
  evolve: (state, event) => (frameTypes.has(event.type) ? evolveFrame(state, event as FrameEvent) : state),
  decide(state, command, _context, { now }) {
    if (!state.exists) throw frameNotFound(command.frameId);
    const taken = state.mounts.find((m) => sameSlotCode(m.slotCode, command.slotCode));
    if (taken) {
      throw conflict(
        'MountSlotTaken',
        `Frame ${command.frameId} already has mount ${taken.mountId} at slot ${taken.slotCode}.`,
      );
    }
    const { frameId, mountId, slotCode } = command;
    return [
      { type: 'FrameMountAdded', data: { frameId, mountId, slotCode, at: now } },
      { type: 'MountCreated', data: { mountId, frameId, slotCode, at: now } },
    ];
  },
};
