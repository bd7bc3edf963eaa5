import { Module } from '@nestjs/common';
import { CUSTODY_CONFIG, CustodyConfig, Persistence } from '@custody/platform';
import { FileChecksumVerifier } from './adapters/checksum/file-checksum-verifier';
import { HttpsChecksumVerifier } from './adapters/checksum/https-checksum-verifier';
import { ProtocolChecksumVerifier } from './adapters/checksum/protocol-checksum-verifier';
import { DataReadModels1764000010000 } from './migrations/1764000010000-data-read-models';
import { CHECKSUM_VERIFIER } from './ports/checksum-verifier';
import { datasetSlices } from './slices/datasets.slices';
import { distributionSlices } from './slices/distributions.slices';
import { tierSlices } from './slices/tiers.slices';
// acquisitions (issue 14)
import { acquisitionSlices } from './slices/acquisitions.slices';

const groups = [
  tierSlices,
  datasetSlices,
  distributionSlices,
  // acquisitions (issue 14)
  acquisitionSlices,
];

/**
 * Tiers, datasets, distributions and their attestations. Provides the ChecksumVerifier the server uses (file and
 * https adapters; s3 and globus Unreachable from the server for now). Its PostgreSQL adapter of
 * DatasetDistributionLookup is exported from the lib's index for the apps to bind to the port's token.
 */
@Module({
  controllers: groups.flatMap((g) => g.controllers),
  providers: [
    ...groups.flatMap((g) => g.providers),
    {
      provide: CHECKSUM_VERIFIER,
      inject: [CUSTODY_CONFIG],
      useFactory: (config: CustodyConfig) =>
        new ProtocolChecksumVerifier({
          file: new FileChecksumVerifier({ idleTimeoutMs: config.verifyTimeoutMs }),
          https: new HttpsChecksumVerifier({
            idleTimeoutMs: config.verifyTimeoutMs,
            allowPrivate: config.httpsAllowPrivate,
          }),
        }),
    },
  ],
})
export class DataModule {
  static readonly persistence: Persistence = {
    migrations: [DataReadModels1764000010000, ...groups.flatMap((g) => g.migrations ?? [])],
  };
}
