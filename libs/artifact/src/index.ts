export { ArtifactModule } from './artifact.module';
export { LINEAGE_BATCH_BODIES } from './slices/lineage.slices';
