import { describeArtifactBackend } from '../backend/artifact-backend.behaviour';
import { MemoryArtifactBackend } from './memory-artifact-backend';

describeArtifactBackend('memory', async () => ({ backend: new MemoryArtifactBackend() }));
