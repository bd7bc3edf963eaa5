import { DataCiteDoiMinter } from './datacite-doi-minter';
import { DoiMinter } from './doi-minter.port';
import { StubDoiMinter } from './stub-doi-minter';

/** What the apps read from their configuration (CUSTODY_DATACITE_*); absent → the stub. */
export interface DoiMinterSettings {
  readonly datacite?: {
    readonly url: string;
    readonly repositoryId: string;
    readonly password: string;
    readonly timeoutMs: number;
  };
}

/** The adapter choice the composition roots bind to DOI_MINTER: DataCite for DOIs when configured, else the stub. */
export function createDoiMinter(settings: DoiMinterSettings): DoiMinter {
  const stub = new StubDoiMinter();
  return settings.datacite ? new DataCiteDoiMinter({ ...settings.datacite, handles: stub }) : stub;
}
