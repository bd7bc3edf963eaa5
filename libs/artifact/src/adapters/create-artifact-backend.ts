import * as path from 'node:path';
import { CustodyConfig } from '@custody/platform';
import { ArtifactBackend } from '../backend/artifact-backend';
import { FileArtifactBackend } from './file-artifact-backend';
import { S3ArtifactBackend } from './s3-artifact-backend';

/** The backend the configuration picks: S3 when CUSTODY_S3_* is set, else durable files under `<dataDir>/artifacts`. */
export async function createArtifactBackend(
  config: Pick<CustodyConfig, 'dataDir' | 's3'>,
  log: (message: string) => void,
): Promise<ArtifactBackend> {
  if (config.s3) {
    log(`Artifacts are stored in S3 bucket ${config.s3.bucket} (${config.s3.endpoint ?? 'AWS'}, ${config.s3.region})`);
    return new S3ArtifactBackend(config.s3);
  }
  const root = path.join(config.dataDir, 'artifacts');
  const { backend, removedTempFiles } = await FileArtifactBackend.open(root);
  log(`Artifacts are stored in ${root}`);
  if (removedTempFiles > 0) log(`Removed ${removedTempFiles} temp file(s) left by interrupted deposits`);
  return backend;
}
