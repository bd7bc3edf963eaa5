import { RegisterFamilyHandler } from '../features/register-family/register-family.handler';
import { RegisterFamilyController } from '../features/register-family/register-family.http';
import { RegisterFamilyTool } from '../features/register-family/register-family.mcp';
import { SliceGroup } from './slice-group';

/** Families and models: what kinds of instrument exist. */
export const catalogueSlices: SliceGroup = {
  controllers: [RegisterFamilyController],
  providers: [RegisterFamilyHandler, RegisterFamilyTool],
};
