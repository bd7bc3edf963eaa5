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

/** What GET /v1/frames/{id} answers: the frame's mounts with what each holds (from the mounts' own streams). */
export interface FrameView {
  readonly frameId: string;
  readonly name: string;
  readonly mounts: readonly { readonly mountId: string; readonly slotCode: string; readonly assetId: string | null }[];
  readonly version: number;
}

export function toFrameView(
  frame: Extract<FrameState, { exists: true }>,
  version: number,
  installed: ReadonlyMap<string, string | null>,
): FrameView {
  return {
    frameId: frame.frameId,
    name: frame.name,
    mounts: frame.mounts.map((m) => ({
      mountId: m.mountId,
      slotCode: m.slotCode,
      assetId: installed.get(m.mountId) ?? null,
    })),
    version,
  };
}

/** Slot codes are unique on a frame regardless of case ("A1" and "a1" name the same slot). */
export function sameSlotCode(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}
