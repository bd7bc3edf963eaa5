import { FakeDataCite, startFakeDataCite } from './fake-datacite';

const REPOSITORY = 'DEMO.CUSTODY';
const PASSWORD = 'secret';
const PREFIX = '10.80000';
const AUTH = `Basic ${Buffer.from(`${REPOSITORY}:${PASSWORD}`).toString('base64')}`;
const JSON_API = 'application/vnd.api+json';

const findable = (doi: string) => ({
  doi,
  event: 'publish',
  url: 'https://example.org/landing',
  titles: [{ title: 'Pilatus 6M' }],
  creators: [{ name: 'Dectris' }],
  publisher: 'Beamline 7',
  publicationYear: 2026,
  types: { resourceTypeGeneral: 'Instrument' },
});

describe('fake DataCite (the protocol the adapter is tested against)', () => {
  let fake: FakeDataCite;
  beforeAll(async () => {
    fake = await startFakeDataCite({ repositoryId: REPOSITORY, password: PASSWORD, prefix: PREFIX });
  });
  afterAll(() => fake.close());
  beforeEach(() => fake.reset());

  const call = async (
    method: string,
    path: string,
    options: { body?: unknown; auth?: string | null; type?: string } = {},
  ): Promise<{ status: number; body: any; type: string | null }> => {
    const headers: Record<string, string> = {};
    const auth = options.auth === undefined ? AUTH : options.auth;
    if (auth) headers.authorization = auth;
    if (options.body !== undefined) headers['content-type'] = options.type ?? JSON_API;
    const res = await fetch(`${fake.url}${path}`, {
      method,
      headers,
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
    });
    const text = await res.text();
    return { status: res.status, body: text ? JSON.parse(text) : undefined, type: res.headers.get('content-type') };
  };
  const create = (attributes: Record<string, unknown>, options: { auth?: string | null; type?: string } = {}) =>
    call('POST', '/dois', { ...options, body: { data: { type: 'dois', attributes } } });

  it('creates a findable DOI and answers a JSON:API document', async () => {
    const res = await create(findable(`${PREFIX}/ABC-1`));
    expect(res.status).toBe(201);
    expect(res.type).toContain(JSON_API);
    expect(res.body.data).toMatchObject({
      id: `${PREFIX}/abc-1`,
      type: 'dois',
      attributes: { doi: `${PREFIX}/abc-1`, state: 'findable', url: 'https://example.org/landing' },
    });
    const got = await call('GET', `/dois/${PREFIX}/abc-1`, { auth: null });
    expect(got.status).toBe(200);
    expect(got.body.data.attributes.titles).toEqual([{ title: 'Pilatus 6M' }]);
  });

  it('needs Basic auth as the repository', async () => {
    for (const auth of [null, `Basic ${Buffer.from(`${REPOSITORY}:wrong`).toString('base64')}`]) {
      const res = await create(findable(`${PREFIX}/x`), { auth });
      expect(res.status).toBe(401);
      expect(res.body).toEqual({ errors: [{ status: '401', title: 'Bad credentials.' }] });
    }
    expect(fake.dois.size).toBe(0);
  });

  it('needs application/vnd.api+json and a JSON:API document of type dois', async () => {
    expect((await create(findable(`${PREFIX}/x`), { type: 'application/json' })).status).toBe(415);
    expect((await call('POST', '/dois', { body: { doi: `${PREFIX}/x` } })).status).toBe(400);
    const wrongType = await call('POST', '/dois', {
      body: { data: { type: 'doi', attributes: findable(`${PREFIX}/x`) } },
    });
    expect(wrongType.status).toBe(422);
  });

  it('refuses a prefix the repository does not hold with 403', async () => {
    const res = await create(findable('10.5072/x'));
    expect(res.status).toBe(403);
    expect(res.body.errors[0].title).toBe('You are not authorized to access this resource.');
  });

  it('refuses a findable DOI without the mandatory attributes, naming each', async () => {
    const res = await create({ doi: `${PREFIX}/bare`, event: 'publish' });
    expect(res.status).toBe(422);
    expect(res.body.errors.map((e: { source: string }) => e.source)).toEqual([
      'url',
      'titles',
      'creators',
      'publisher',
      'publication_year',
      'types',
    ]);
    expect(res.body.errors[0]).toEqual({ source: 'url', uid: `${PREFIX}/bare`, title: "Can't be blank" });
    const badType = await create({ ...findable(`${PREFIX}/t`), types: { resourceTypeGeneral: 'Instruments' } });
    expect(badType.body.errors).toEqual([
      { source: 'types', uid: `${PREFIX}/t`, title: 'Resource type general Instruments is not valid' },
    ]);
    const badContributor = await create({
      ...findable(`${PREFIX}/c`),
      contributors: [{ name: 'BL7', contributorType: 'Host' }],
    });
    expect(badContributor.status).toBe(422);
    expect(fake.dois.size).toBe(0);
  });

  it('keeps drafts without metadata, registers and publishes by event, and hides', async () => {
    const doi = `${PREFIX}/states`;
    expect((await create({ doi })).body.data.attributes.state).toBe('draft');
    expect((await call('GET', `/dois/${doi}`, { auth: null })).status).toBe(404);
    expect((await call('GET', `/dois/${doi}`)).status).toBe(200);
    const register = await call('PUT', `/dois/${doi}`, {
      body: { data: { type: 'dois', attributes: { ...findable(doi), event: 'register' } } },
    });
    expect(register.status).toBe(200);
    expect(register.body.data.attributes.state).toBe('registered');
    const publish = await call('PUT', `/dois/${doi}`, {
      body: { data: { type: 'dois', attributes: { event: 'publish' } } },
    });
    expect(publish.body.data.attributes.state).toBe('findable');
    const hide = await call('PUT', `/dois/${doi}`, { body: { data: { type: 'dois', attributes: { event: 'hide' } } } });
    expect(hide.body.data.attributes.state).toBe('registered');
  });

  it('answers 422 "already taken" for a DOI it holds', async () => {
    await create(findable(`${PREFIX}/twice`));
    const res = await create(findable(`${PREFIX}/TWICE`));
    expect(res.status).toBe(422);
    expect(res.body).toEqual({
      errors: [{ source: 'doi', uid: `${PREFIX}/twice`, title: 'This DOI has already been taken' }],
    });
    expect(fake.dois.size).toBe(1);
  });

  it('answers 404 for a DOI it does not hold', async () => {
    const res = await call('GET', `/dois/${PREFIX}/nothing`);
    expect(res.status).toBe(404);
    expect(res.body.errors[0].status).toBe('404');
  });

  it('can be told to fail or hang, programmatically or over its control routes', async () => {
    fake.failNext(503);
    expect((await create(findable(`${PREFIX}/f`))).status).toBe(503);
    expect((await create(findable(`${PREFIX}/f`))).status).toBe(201);
    expect((await call('POST', '/__fake/fail-next', { body: { status: 500 }, type: 'application/json' })).status).toBe(
      204,
    );
    expect((await create(findable(`${PREFIX}/g`))).status).toBe(500);
    await call('POST', '/__fake/hang-next', { body: { afterStoring: true }, type: 'application/json' });
    const hung = await fetch(`${fake.url}/dois`, {
      method: 'POST',
      headers: { authorization: AUTH, 'content-type': JSON_API },
      body: JSON.stringify({ data: { type: 'dois', attributes: findable(`${PREFIX}/h`) } }),
      signal: AbortSignal.timeout(200),
    }).catch((error: Error) => error.name);
    expect(hung).toBe('TimeoutError');
    const listed = await call('GET', '/__fake/dois');
    expect(listed.body.dois.map((d: { doi: string }) => d.doi).sort()).toEqual([`${PREFIX}/f`, `${PREFIX}/h`]);
    expect(fake.requests.filter((r) => r.path === '/dois')).toHaveLength(4);
  });
});
