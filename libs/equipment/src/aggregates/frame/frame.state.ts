export interface FrameMountRef {
  readonly mountId: string;
  readonly slotCode: string;
}

export type FrameState =
  | { readonly exists: false }
  | {
      readonly exists: true;
      readonly frameId: string;
      readonly name: string;
      readonly mounts: readonly FrameMountRef[];
    };

export const initialFrameState: FrameState = { exists: false };
