import { DoiMintError, MintRequest } from './doi-minter.port';
import { PidinstRecord } from './pidinst-record';
import { RecordingDoiMinter } from './recording-doi-minter';
import { StubDoiMinter } from './stub-doi-minter';

const record = {
  identifier: { identifier: '10.5072/x', identifierType: 'DOI' },
  schemaVersion: '1.0',
  landingPage: 'http://localhost/v1/assets/a/pidinst',
  name: 'x',
  owners: [{ ownerName: 'o' }],
  manufacturers: [{ manufacturerName: 'm' }],
} satisfies PidinstRecord;
const request: MintRequest = { scheme: 'DOI', identifier: '10.5072/x', landingPage: record.landingPage, record };

describe('stub and recording minters', () => {
  it('the stub accepts the identifier custody decided', async () => {
    await expect(new StubDoiMinter().mint(request)).resolves.toEqual({ identifier: '10.5072/x' });
  });

  it('the recording double records calls, fails when told, and holds each identifier once', async () => {
    const minter = new RecordingDoiMinter().failNext('down');
    await expect(minter.mint(request)).rejects.toBeInstanceOf(DoiMintError);
    await expect(minter.mint(request)).resolves.toEqual({ identifier: '10.5072/x' });
    await expect(minter.mint(request)).resolves.toEqual({ identifier: '10.5072/x' });
    await expect(minter.mint({ ...request, landingPage: 'http://elsewhere' })).rejects.toMatchObject({
      kind: 'rejected',
    });
    expect(minter.calls).toHaveLength(4);
    expect(minter.minted).toEqual(['10.5072/x']);
  });
});
