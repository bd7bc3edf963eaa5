import { ArtifactModule } from '@custody/artifact';
import { DataModule } from '@custody/data';
import { EquipmentModule } from '@custody/equipment';
import { OperationModule } from '@custody/operation';

/** The bounded contexts whose projections and edge jobs this worker runs. */
export const contextModules = [EquipmentModule, DataModule, OperationModule, ArtifactModule];
export const contextPersistence = contextModules.map((m) => m.persistence);
