export type MountState =
  | { readonly exists: false }
  | {
      readonly exists: true;
      readonly mountId: string;
      readonly frameId: string;
      readonly slotCode: string;
      /** The installed asset, if any. */
      readonly assetId: string | null;
    };

export const initialMountState: MountState = { exists: false };

/** What GET /v1/mounts/{id} answers. */
export interface MountView {
  readonly mountId: string;
  readonly frameId: string;
  readonly slotCode: string;
  readonly assetId: string | null;
  readonly version: number;
}

export function toMountView(mount: Extract<MountState, { exists: true }>, version: number): MountView {
  return { mountId: mount.mountId, frameId: mount.frameId, slotCode: mount.slotCode, assetId: mount.assetId, version };
}
