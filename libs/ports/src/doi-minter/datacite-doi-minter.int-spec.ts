import { FakeDataCite, startFakeDataCite } from '../../../../tools/fake-datacite/fake-datacite';
import { DataCiteDoiMinter } from './datacite-doi-minter';
import { DoiMintError, MintRequest } from './doi-minter.port';
import { PidinstRecord } from './pidinst-record';
import { createDoiMinter } from './create-doi-minter';
import { StubDoiMinter } from './stub-doi-minter';

const REPOSITORY = 'DEMO.CUSTODY';
const PASSWORD = 'correct horse battery staple';
const PREFIX = '10.80000';

const landingPage = 'http://localhost:3000/v1/assets/0190a000-0000-7000-8000-0000000000a1/pidinst';
const record: PidinstRecord = {
  identifier: { identifier: `${PREFIX}/pilatus-1`, identifierType: 'DOI' },
  schemaVersion: '1.0',
  landingPage,
  name: 'Pilatus 6M',
  owners: [
    {
      ownerName: 'Beamline 7',
      ownerContact: 'bl7@example.org',
      ownerIdentifier: { ownerIdentifier: 'https://ror.org/01js2sh04', ownerIdentifierType: 'ROR' },
    },
  ],
  manufacturers: [{ manufacturerName: 'Dectris' }],
  model: { modelName: 'Pilatus3 X 6M' },
  instrumentTypes: [{ instrumentTypeName: 'Area detectors' }],
  dates: [{ date: '2026-01-01', dateType: 'Commissioned' }],
  alternateIdentifiers: [{ alternateIdentifier: '60-0123', alternateIdentifierType: 'SerialNumber' }],
  relatedIdentifiers: [
    { relatedIdentifier: `${PREFIX}/fixture-1`, relatedIdentifierType: 'DOI', relationType: 'IsComponentOf' },
  ],
};

let counter = 0;
function request(overrides: Partial<MintRequest> = {}): MintRequest {
  counter += 1;
  return { scheme: 'DOI', identifier: `${PREFIX}/pilatus-${counter}`, landingPage, record, ...overrides };
}

async function failureOf(promise: Promise<unknown>): Promise<DoiMintError> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(DoiMintError);
    return error as DoiMintError;
  }
  throw new Error('expected the mint to fail');
}

describe('DataCite DoiMinter against the fake DataCite over HTTP', () => {
  let fake: FakeDataCite;
  let minter: DataCiteDoiMinter;

  beforeAll(async () => {
    fake = await startFakeDataCite({ repositoryId: REPOSITORY, password: PASSWORD, prefix: PREFIX });
  });
  afterAll(() => fake.close());
  beforeEach(() => {
    fake.reset();
    minter = new DataCiteDoiMinter({
      url: `${fake.url}/`,
      repositoryId: REPOSITORY,
      password: PASSWORD,
      timeoutMs: 400,
      now: () => new Date('2026-03-04T05:06:07Z'),
    });
  });

  it('creates a findable DOI with the PIDINST → DataCite mapping', async () => {
    const mint = request();
    await expect(minter.mint(mint)).resolves.toEqual({ identifier: mint.identifier });
    expect(fake.requests).toHaveLength(1);
    expect(fake.requests[0]).toMatchObject({ method: 'POST', path: '/dois', authorized: true });
    const held = fake.dois.get(mint.identifier);
    expect(held?.state).toBe('findable');
    expect(held?.attributes).toEqual({
      url: landingPage,
      titles: [{ title: 'Pilatus 6M' }],
      creators: [{ name: 'Dectris', nameType: 'Organizational' }],
      publisher: 'Beamline 7',
      publicationYear: 2026,
      types: { resourceTypeGeneral: 'Instrument', resourceType: 'Area detectors' },
      contributors: [
        {
          name: 'Beamline 7',
          nameType: 'Organizational',
          contributorType: 'HostingInstitution',
          nameIdentifiers: [{ nameIdentifier: 'https://ror.org/01js2sh04', nameIdentifierScheme: 'ROR' }],
        },
      ],
      subjects: [{ subject: 'Area detectors' }],
      descriptions: [{ description: 'Model: Pilatus3 X 6M', descriptionType: 'TechnicalInfo' }],
      dates: [{ date: '2026-01-01', dateType: 'Other', dateInformation: 'Commissioned' }],
      alternateIdentifiers: [{ alternateIdentifier: '60-0123', alternateIdentifierType: 'SerialNumber' }],
      relatedIdentifiers: [
        { relatedIdentifier: `${PREFIX}/fixture-1`, relatedIdentifierType: 'DOI', relationType: 'IsPartOf' },
      ],
    });
    const body = fake.requests[0].body as { data: { type: string; attributes: Record<string, unknown> } };
    expect(body.data.type).toBe('dois');
    expect(body.data.attributes).toMatchObject({ doi: mint.identifier, event: 'publish' });
  });

  it('fails as unauthorized with DataCite’s words when the credentials are wrong', async () => {
    const wrong = new DataCiteDoiMinter({ url: fake.url, repositoryId: REPOSITORY, password: 'nope', timeoutMs: 400 });
    const error = await failureOf(wrong.mint(request()));
    expect(error.kind).toBe('unauthorized');
    expect(error.status).toBe(401);
    expect(error.detail).toContain('Bad credentials.');
    expect(fake.dois.size).toBe(0);
  });

  it('fails as unauthorized for a DOI under a prefix the repository does not hold', async () => {
    const error = await failureOf(minter.mint(request({ identifier: '10.5072/not-ours' })));
    expect(error.kind).toBe('unauthorized');
    expect(error.status).toBe(403);
  });

  it('passes DataCite’s 422 detail through when the metadata is not enough for a findable DOI', async () => {
    const incomplete = { ...record, owners: [], manufacturers: [] };
    const error = await failureOf(minter.mint(request({ record: incomplete })));
    expect(error.kind).toBe('rejected');
    expect(error.status).toBe(422);
    expect(error.detail).toContain("creators: Can't be blank");
    expect(error.detail).toContain("publisher: Can't be blank");
    expect(fake.dois.size).toBe(0);
  });

  it('counts a DOI DataCite already holds for this very request (same landing page) as success', async () => {
    const mint = request();
    await minter.mint(mint);
    await expect(minter.mint(mint)).resolves.toEqual({ identifier: mint.identifier });
    expect(fake.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
      'POST /dois',
      'POST /dois',
      `GET /dois/${mint.identifier}`,
    ]);
    expect(fake.dois.size).toBe(1);
  });

  it('refuses a DOI taken by another resource, with DataCite’s message', async () => {
    const mint = request();
    await minter.mint(mint);
    const error = await failureOf(
      minter.mint({ ...mint, landingPage: 'http://localhost:3000/v1/assets/other/pidinst' }),
    );
    expect(error.kind).toBe('rejected');
    expect(error.detail).toContain('This DOI has already been taken');
    expect(fake.dois.get(mint.identifier)?.attributes.url).toBe(landingPage);
  });

  it('publishes a draft of this very request that an earlier attempt left behind', async () => {
    const mint = request();
    const draft = await fetch(`${fake.url}/dois`, {
      method: 'POST',
      headers: {
        authorization: `Basic ${Buffer.from(`${REPOSITORY}:${PASSWORD}`).toString('base64')}`,
        'content-type': 'application/vnd.api+json',
      },
      body: JSON.stringify({ data: { type: 'dois', attributes: { doi: mint.identifier, url: landingPage } } }),
    });
    expect(draft.status).toBe(201);
    expect(fake.dois.get(mint.identifier)?.state).toBe('draft');
    await minter.mint(mint);
    expect(fake.dois.get(mint.identifier)?.state).toBe('findable');
  });

  it('fails as unavailable on a 5xx, and the same request succeeds afterwards', async () => {
    fake.failNext(500);
    const mint = request();
    const error = await failureOf(minter.mint(mint));
    expect(error.kind).toBe('unavailable');
    expect(error.status).toBe(500);
    expect(fake.dois.size).toBe(0);
    await expect(minter.mint(mint)).resolves.toEqual({ identifier: mint.identifier });
    expect(fake.dois.size).toBe(1);
  });

  it('fails as a timeout when DataCite does not answer in time', async () => {
    fake.hangNext();
    const started = Date.now();
    const error = await failureOf(minter.mint(request()));
    expect(error.kind).toBe('timeout');
    expect(error.detail).toContain('400 ms');
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it('recovers from a lost answer: the retry finds the DOI held for this request and succeeds', async () => {
    fake.hangNext({ afterStoring: true });
    const mint = request();
    expect((await failureOf(minter.mint(mint))).kind).toBe('timeout');
    expect(fake.dois.size).toBe(1);
    await expect(minter.mint(mint)).resolves.toEqual({ identifier: mint.identifier });
    expect(fake.dois.size).toBe(1);
  });

  it('fails as unavailable when DataCite cannot be reached', async () => {
    const closed = await startFakeDataCite({ repositoryId: REPOSITORY, password: PASSWORD, prefix: PREFIX });
    const url = closed.url;
    await closed.close();
    const unreachable = new DataCiteDoiMinter({ url, repositoryId: REPOSITORY, password: PASSWORD, timeoutMs: 400 });
    expect((await failureOf(unreachable.mint(request()))).kind).toBe('unavailable');
  });

  it('leaves Handles to the stub: DataCite mints DOIs only', async () => {
    const handle = request({ scheme: 'Handle', identifier: '20.500.12345/h-1' });
    await expect(minter.mint(handle)).resolves.toEqual({ identifier: '20.500.12345/h-1' });
    expect(fake.requests).toHaveLength(0);
  });

  it('is chosen by createDoiMinter when DataCite is configured; the stub otherwise', () => {
    expect(createDoiMinter({})).toBeInstanceOf(StubDoiMinter);
    expect(
      createDoiMinter({ datacite: { url: fake.url, repositoryId: REPOSITORY, password: PASSWORD, timeoutMs: 1000 } }),
    ).toBeInstanceOf(DataCiteDoiMinter);
  });
});
