import { AddMountHandler } from '../features/add-mount/add-mount.handler';
import { AddMountController } from '../features/add-mount/add-mount.http';
import { AddMountTool } from '../features/add-mount/add-mount.mcp';
import { GetFrameHandler } from '../features/get-frame/get-frame.handler';
import { GetFrameController } from '../features/get-frame/get-frame.http';
import { GetFrameTool } from '../features/get-frame/get-frame.mcp';
import { GetMountHandler } from '../features/get-mount/get-mount.handler';
import { GetMountController } from '../features/get-mount/get-mount.http';
import { GetMountTool } from '../features/get-mount/get-mount.mcp';
import { InstallAssetHandler } from '../features/install-asset/install-asset.handler';
import { InstallAssetController } from '../features/install-asset/install-asset.http';
import { InstallAssetTool } from '../features/install-asset/install-asset.mcp';
import { RegisterFrameHandler } from '../features/register-frame/register-frame.handler';
import { RegisterFrameController } from '../features/register-frame/register-frame.http';
import { RegisterFrameTool } from '../features/register-frame/register-frame.mcp';
import { UninstallAssetHandler } from '../features/uninstall-asset/uninstall-asset.handler';
import { UninstallAssetController } from '../features/uninstall-asset/uninstall-asset.http';
import { UninstallAssetTool } from '../features/uninstall-asset/uninstall-asset.mcp';
import { SliceGroup } from './slice-group';

/** Frames and mounts: where instruments are installed. */
export const mountingSlices: SliceGroup = {
  controllers: [
    RegisterFrameController,
    GetFrameController,
    AddMountController,
    GetMountController,
    InstallAssetController,
    UninstallAssetController,
  ],
  providers: [
    RegisterFrameHandler,
    RegisterFrameTool,
    GetFrameHandler,
    GetFrameTool,
    AddMountHandler,
    AddMountTool,
    GetMountHandler,
    GetMountTool,
    InstallAssetHandler,
    InstallAssetTool,
    UninstallAssetHandler,
    UninstallAssetTool,
  ],
};
