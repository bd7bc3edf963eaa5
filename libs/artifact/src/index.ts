export { ArtifactModule } from './artifact.module';
