import { ArtifactModule } from '@custody/artifact';
import { DataModule } from '@custody/data';
import { EquipmentModule } from '@custody/equipment';
import { OperationModule } from '@custody/operation';

/** The bounded contexts this app hosts; each brings its own migrations. */
export const contextModules = [EquipmentModule, DataModule, OperationModule, ArtifactModule];
export const contextPersistence = contextModules.map((m) => m.persistence);
