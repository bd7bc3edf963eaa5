import { FrameEvent } from './frame.events';
import { FrameState } from './frame.state';

export function evolveFrame(state: FrameState, event: FrameEvent): FrameState {
  switch (event.type) {
    case 'FrameRegistered':
      return { exists: true, frameId: event.data.frameId, name: event.data.name, mounts: [] };
    case 'FrameMountAdded':
      return state.exists
        ? { ...state, mounts: [...state.mounts, { mountId: event.data.mountId, slotCode: event.data.slotCode }] }
        : state;
    default:
      return state;
  }
}
