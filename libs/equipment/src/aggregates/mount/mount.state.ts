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
