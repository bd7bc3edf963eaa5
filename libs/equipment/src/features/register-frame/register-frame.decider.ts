import { Decider, conflict } from '@custody/kernel';
import { FrameEvent } from '../../aggregates/frame/frame.events';
import { evolveFrame } from '../../aggregates/frame/frame.evolve';
import { FrameState, initialFrameState } from '../../aggregates/frame/frame.state';

export interface RegisterFrame {
  readonly frameId: string;
  readonly name: string;
}

export const registerFrameDecider: Decider<FrameState, RegisterFrame, FrameEvent> = {
  initialState: initialFrameState,
  evolve: evolveFrame,
  decide(state, command, _context, { now }) {
    if (state.exists) throw conflict('FrameAlreadyRegistered', `Frame ${command.frameId} is already registered.`);
    return [{ type: 'FrameRegistered', data: { frameId: command.frameId, name: command.name, registeredAt: now } }];
  },
};
