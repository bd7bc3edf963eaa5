import { DomainEvent } from '@custody/kernel';

export type FrameRegistered = DomainEvent<'FrameRegistered', { frameId: string; name: string; registeredAt: string }>;
/** A mount slot on the frame; its occupancy lives in the mount's own stream (MountCreated, same transaction). */
export type FrameMountAdded = DomainEvent<
  'FrameMountAdded',
  { frameId: string; mountId: string; slotCode: string; at: string }
>;

export type FrameEvent = FrameRegistered | FrameMountAdded;

export const FRAME_STREAM = 'equipment.frame';
export const FRAME_EVENT_TYPES: readonly FrameEvent['type'][] = ['FrameRegistered', 'FrameMountAdded'];
