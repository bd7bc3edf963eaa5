import fc from 'fast-check';
import { fold, given } from '@custody/kernel';
import { AddMountEvent, addMountDecider } from './add-mount.decider';

const frameId = '0190a000-0000-7000-8000-0000000000e1';
const mountId = '0190a000-0000-7000-8000-0000000000b1';
const at = '2026-01-01T00:00:00.000Z';
const registered: AddMountEvent = { type: 'FrameRegistered', data: { frameId, name: 'Table', registeredAt: at } };
const mountAdded = (id: string, slotCode: string): AddMountEvent => ({
  type: 'FrameMountAdded',
  data: { frameId, mountId: id, slotCode, at },
});

describe('add mount', () => {
  it('adds a mount to the frame and opens the mount', () => {
    given(addMountDecider, [registered])
      .when({ frameId, mountId, slotCode: 'A1' }, undefined)
      .then([
        { type: 'FrameMountAdded', data: { frameId, mountId, slotCode: 'A1', at } },
        { type: 'MountCreated', data: { mountId, frameId, slotCode: 'A1', at } },
      ]);
  });

  it('refuses an unknown frame', () => {
    given(addMountDecider, []).when({ frameId, mountId, slotCode: 'A1' }, undefined).thenFails('FrameNotFound');
  });

  it('refuses a slot the frame already has, regardless of case', () => {
    const history = [registered, mountAdded('0190a000-0000-7000-8000-0000000000b0', 'A1')];
    given(addMountDecider, history).when({ frameId, mountId, slotCode: 'A1' }, undefined).thenFails('MountSlotTaken');
    given(addMountDecider, history).when({ frameId, mountId, slotCode: 'a1' }, undefined).thenFails('MountSlotTaken');
    given(addMountDecider, history)
      .when({ frameId, mountId, slotCode: 'A2' }, undefined)
      .then([
        { type: 'FrameMountAdded', data: { frameId, mountId, slotCode: 'A2', at } },
        { type: 'MountCreated', data: { mountId, frameId, slotCode: 'A2', at } },
      ]);
  });

  it('whatever slot codes are asked for, a frame never holds two mounts at one slot', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('A1', 'a1', 'A2', 'B1', 'b1', 'rail-1/pos-2'), { maxLength: 20 }),
        (codes) => {
          let history: AddMountEvent[] = [registered];
          codes.forEach((slotCode, i) => {
            const id = `0190a000-0000-7000-8000-${i.toString(16).padStart(12, '0')}`;
            const { outcome } = given(addMountDecider, history).when({ frameId, mountId: id, slotCode }, undefined);
            if ('events' in outcome) history = [...history, ...outcome.events];
          });
          const frame = fold(addMountDecider.evolve, addMountDecider.initialState, history);
          if (!frame.exists) return false;
          const slots = frame.mounts.map((m) => m.slotCode.toLowerCase());
          const distinct = new Set(codes.map((c) => c.toLowerCase()));
          return new Set(slots).size === slots.length && slots.length === distinct.size;
        },
      ),
    );
  });
});
