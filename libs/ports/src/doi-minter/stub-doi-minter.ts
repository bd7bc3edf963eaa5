import { DoiMinter, MintRequest, MintResult } from './doi-minter.port';

/**
 * The default minter: custody decides `<prefix>/<suffix>` (CUSTODY_DOI_PREFIX, CUSTODY_HANDLE_PREFIX) and the stub
 * accepts it as registered. Nothing leaves the process; the identifiers resolve nowhere until a real registry
 * is configured. Handles always go through it, since DataCite mints DOIs only.
 */
export class StubDoiMinter implements DoiMinter {
  async mint(request: MintRequest): Promise<MintResult> {
    return { identifier: request.identifier };
  }
}
