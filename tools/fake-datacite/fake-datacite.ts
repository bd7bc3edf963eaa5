import * as http from 'node:http';
import { AddressInfo, Socket } from 'node:net';

/**
 * A loopback server speaking enough of the DataCite REST API (https://support.datacite.org/docs/api) to catch a
 * client's mistakes: HTTP Basic auth as the repository, JSON:API documents in `application/vnd.api+json`,
 * `POST /dois` and `PUT /dois/{doi}` with the prefix check and the attributes a registered or findable DOI
 * needs, the draft → registered → findable states driven by `event`, DataCite-style `{ errors: [{ source,
 * title }] }` answers (422 on invalid metadata or a DOI already taken), and `GET /dois/{doi}`.
 *
 * Switches for tests: `failNext(status)` answers the next DOI request with that status, `hangNext()` never
 * answers it (optionally after storing the DOI, as when an answer is lost). The same switches are served over
 * HTTP under `/__fake/` (no auth) for manual runs. `dois` holds what the registry holds; `requests` logs
 * every request to `/dois`.
 */

export interface FakeDataCiteOptions {
  readonly port?: number;
  readonly host?: string;
  readonly repositoryId: string;
  readonly password: string;
  /** The repository's prefix, e.g. `10.80000`; DOIs under any other prefix are refused with 403. */
  readonly prefix: string;
}

export type DoiState = 'draft' | 'registered' | 'findable';

export interface HeldDoi {
  readonly doi: string;
  readonly state: DoiState;
  readonly attributes: Record<string, unknown>;
  readonly created: string;
  readonly updated: string;
}

export interface LoggedRequest {
  readonly method: string;
  readonly path: string;
  readonly authorized: boolean;
  readonly body: unknown;
}

export interface HangOptions {
  /** Store the DOI first, then never answer: the registry holds it but the client never hears so. */
  readonly afterStoring?: boolean;
}

export interface FakeDataCite {
  readonly url: string;
  /** DOIs held, by lower-cased DOI. */
  readonly dois: ReadonlyMap<string, HeldDoi>;
  readonly requests: readonly LoggedRequest[];
  /** The next `times` requests to /dois answer `status` with DataCite-style errors and change nothing. */
  failNext(status: number, times?: number): void;
  /** The next request to /dois is never answered (until the client gives up or the fake closes). */
  hangNext(options?: HangOptions): void;
  /** Forgets DOIs, requests and switches. */
  reset(): void;
  close(): Promise<void>;
}

const JSON_API = 'application/vnd.api+json';

const RESOURCE_TYPES_GENERAL = new Set([
  'Audiovisual',
  'Award',
  'Book',
  'BookChapter',
  'Collection',
  'ComputationalNotebook',
  'ConferencePaper',
  'ConferenceProceeding',
  'DataPaper',
  'Dataset',
  'Dissertation',
  'Event',
  'Image',
  'Instrument',
  'InteractiveResource',
  'Journal',
  'JournalArticle',
  'Model',
  'OutputManagementPlan',
  'PeerReview',
  'PhysicalObject',
  'Preprint',
  'Project',
  'Report',
  'Service',
  'Software',
  'Sound',
  'Standard',
  'StudyRegistration',
  'Text',
  'Workflow',
  'Other',
]);

const CONTRIBUTOR_TYPES = new Set([
  'ContactPerson',
  'DataCollector',
  'DataCurator',
  'DataManager',
  'Distributor',
  'Editor',
  'HostingInstitution',
  'Producer',
  'ProjectLeader',
  'ProjectManager',
  'ProjectMember',
  'RegistrationAgency',
  'RegistrationAuthority',
  'RelatedPerson',
  'Researcher',
  'ResearchGroup',
  'RightsHolder',
  'Sponsor',
  'Supervisor',
  'Translator',
  'WorkPackageLeader',
  'Other',
]);

const EVENTS = new Set(['publish', 'register', 'hide']);

interface ApiError {
  readonly status?: string;
  readonly source?: string;
  readonly uid?: string;
  readonly title: string;
}

class Refusal extends Error {
  constructor(
    readonly status: number,
    readonly errors: readonly ApiError[],
  ) {
    super(errors.map((e) => e.title).join('; '));
  }
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const nonEmptyString = (value: unknown): value is string => typeof value === 'string' && value.trim().length > 0;

/** What DataCite checks before a DOI may be registered or findable (schema 4 mandatory properties). */
function metadataErrors(doi: string, a: Record<string, unknown>): ApiError[] {
  const errors: ApiError[] = [];
  const blank = (source: string) => errors.push({ source, uid: doi, title: "Can't be blank" });
  const invalid = (source: string, why = 'Is invalid') => errors.push({ source, uid: doi, title: why });
  if (!nonEmptyString(a.url)) blank('url');
  else if (!/^https?:\/\/[^\s]+$/.test(a.url)) invalid('url', 'Url is not a valid URL');
  if (!Array.isArray(a.titles) || a.titles.length === 0) blank('titles');
  else if (!a.titles.every((t) => isObject(t) && nonEmptyString(t.title))) invalid('titles', 'Title is missing');
  if (!Array.isArray(a.creators) || a.creators.length === 0) blank('creators');
  else if (!a.creators.every((c) => isObject(c) && nonEmptyString(c.name)))
    invalid('creators', 'Creator name is missing');
  const publisher = isObject(a.publisher) ? a.publisher.name : a.publisher;
  if (!nonEmptyString(publisher)) blank('publisher');
  const year = typeof a.publicationYear === 'string' ? Number(a.publicationYear) : a.publicationYear;
  if (year === undefined || year === null) blank('publication_year');
  else if (typeof year !== 'number' || !Number.isInteger(year) || year < 1000 || year > 2999) {
    invalid('publication_year', 'Publication year is not a valid year (YYYY)');
  }
  const general = isObject(a.types) ? a.types.resourceTypeGeneral : undefined;
  if (!nonEmptyString(general)) blank('types');
  else if (!RESOURCE_TYPES_GENERAL.has(general)) invalid('types', `Resource type general ${general} is not valid`);
  if (a.contributors !== undefined) {
    if (
      !Array.isArray(a.contributors) ||
      !a.contributors.every(
        (c) => isObject(c) && nonEmptyString(c.name) && CONTRIBUTOR_TYPES.has(String(c.contributorType)),
      )
    ) {
      invalid('contributors', 'Contributor name or contributorType is missing or not valid');
    }
  }
  return errors;
}

function nextState(current: DoiState | null, event: unknown): DoiState {
  if (event === 'publish') return 'findable';
  if (event === 'register') return current === 'findable' ? 'findable' : 'registered';
  if (event === 'hide') return current === 'findable' ? 'registered' : (current ?? 'draft');
  return current ?? 'draft';
}

export async function startFakeDataCite(options: FakeDataCiteOptions): Promise<FakeDataCite> {
  const dois = new Map<string, HeldDoi>();
  const requests: LoggedRequest[] = [];
  const failures: number[] = [];
  const hangs: HangOptions[] = [];
  const sockets = new Set<Socket>();
  const expectedAuth = `Basic ${Buffer.from(`${options.repositoryId}:${options.password}`).toString('base64')}`;
  const prefix = options.prefix.toLowerCase();

  const send = (res: http.ServerResponse, status: number, body: unknown, type = JSON_API) => {
    res.writeHead(status, { 'content-type': `${type}; charset=utf-8` });
    res.end(body === undefined ? '' : JSON.stringify(body));
  };
  const refuse = (res: http.ServerResponse, refusal: Refusal) => send(res, refusal.status, { errors: refusal.errors });

  const documentOf = (held: HeldDoi) => ({
    data: {
      id: held.doi,
      type: 'dois',
      attributes: {
        ...held.attributes,
        doi: held.doi,
        prefix: held.doi.split('/')[0],
        state: held.state,
        created: held.created,
        updated: held.updated,
      },
      relationships: { client: { data: { id: options.repositoryId.toLowerCase(), type: 'clients' } } },
    },
  });

  const readBody = (req: http.IncomingMessage): Promise<string> =>
    new Promise((resolve, reject) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
      req.on('error', reject);
    });

  /** Parses and checks a JSON:API DOI document; returns the attributes. */
  const parseDocument = (req: http.IncomingMessage, text: string): Record<string, unknown> => {
    const type = (req.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
    if (type !== JSON_API) {
      throw new Refusal(415, [{ status: '415', title: `The content type is not recognized (send ${JSON_API}).` }]);
    }
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      throw new Refusal(400, [{ status: '400', title: 'You need to provide a payload following the JSONAPI spec' }]);
    }
    if (!isObject(body) || !isObject(body.data) || !isObject(body.data.attributes)) {
      throw new Refusal(400, [{ status: '400', title: 'You need to provide a payload following the JSONAPI spec' }]);
    }
    if (body.data.type !== 'dois') {
      throw new Refusal(422, [{ source: 'type', title: `Type must be "dois", not ${JSON.stringify(body.data.type)}` }]);
    }
    return body.data.attributes;
  };

  const checkPrefix = (doi: string) => {
    if (doi.split('/')[0] !== prefix) {
      throw new Refusal(403, [{ status: '403', title: 'You are not authorized to access this resource.' }]);
    }
  };

  const store = (doi: string, attributes: Record<string, unknown>, existing: HeldDoi | undefined): HeldDoi => {
    if (attributes.event !== undefined && !EVENTS.has(String(attributes.event))) {
      throw new Refusal(422, [{ source: 'event', uid: doi, title: `Event ${String(attributes.event)} is not valid` }]);
    }
    const state = nextState(existing?.state ?? null, attributes.event);
    const { event: _event, doi: _doi, ...metadata } = attributes;
    const merged = { ...(existing?.attributes ?? {}), ...metadata };
    if (state !== 'draft') {
      const errors = metadataErrors(doi, merged);
      if (errors.length > 0) throw new Refusal(422, errors);
    }
    const now = new Date().toISOString();
    const held: HeldDoi = { doi, state, attributes: merged, created: existing?.created ?? now, updated: now };
    dois.set(doi, held);
    return held;
  };

  const handleDois = async (req: http.IncomingMessage, res: http.ServerResponse, path: string): Promise<void> => {
    const text = req.method === 'GET' ? '' : await readBody(req);
    const authorized = req.headers.authorization === expectedAuth;
    let logged: unknown = text;
    try {
      logged = text ? JSON.parse(text) : undefined;
    } catch {
      /* logged raw */
    }
    requests.push({ method: req.method ?? '', path, authorized, body: logged });

    const failure = failures.shift();
    if (failure !== undefined) {
      send(res, failure, { errors: [{ status: String(failure), title: `Simulated failure (HTTP ${failure}).` }] });
      return;
    }
    const hang = hangs.shift();
    if (hang && !hang.afterStoring) return; // never answered

    const answer = (): { status: number; body: unknown } => {
      const single = /^\/dois\/(.+)$/.exec(path);
      if (req.headers.authorization !== undefined && !authorized) {
        throw new Refusal(401, [{ status: '401', title: 'Bad credentials.' }]);
      }
      if (req.method === 'GET' && single) {
        const doi = decodeURIComponent(single[1]).toLowerCase();
        const held = dois.get(doi);
        if (!held || (held.state !== 'findable' && !authorized)) {
          throw new Refusal(404, [{ status: '404', title: "The resource you are looking for doesn't exist." }]);
        }
        return { status: 200, body: documentOf(held) };
      }
      if (!authorized) throw new Refusal(401, [{ status: '401', title: 'Bad credentials.' }]);
      if (req.method === 'POST' && path === '/dois') {
        const attributes = parseDocument(req, text);
        if (!nonEmptyString(attributes.doi)) {
          throw new Refusal(422, [{ source: 'doi', title: "Can't be blank" }]);
        }
        const doi = attributes.doi.trim().toLowerCase();
        if (!/^10\.\d{4,9}\/\S+$/.test(doi)) throw new Refusal(422, [{ source: 'doi', uid: doi, title: 'Is invalid' }]);
        checkPrefix(doi);
        if (dois.has(doi)) {
          throw new Refusal(422, [{ source: 'doi', uid: doi, title: 'This DOI has already been taken' }]);
        }
        return { status: 201, body: documentOf(store(doi, attributes, undefined)) };
      }
      if (req.method === 'PUT' && single) {
        const doi = decodeURIComponent(single[1]).toLowerCase();
        checkPrefix(doi);
        const attributes = parseDocument(req, text);
        const existing = dois.get(doi);
        return { status: existing ? 200 : 201, body: documentOf(store(doi, attributes, existing)) };
      }
      throw new Refusal(405, [{ status: '405', title: `${req.method} ${path} is not supported by this fake.` }]);
    };

    let result: { status: number; body: unknown };
    try {
      result = answer();
    } catch (error) {
      if (hang) return;
      if (error instanceof Refusal) return refuse(res, error);
      throw error;
    }
    if (hang) return; // stored, never answered
    send(res, result.status, result.body);
  };

  const handleControl = async (req: http.IncomingMessage, res: http.ServerResponse, path: string) => {
    const text = req.method === 'POST' ? await readBody(req) : '';
    const body = (text ? JSON.parse(text) : {}) as { status?: number; times?: number; afterStoring?: boolean };
    if (req.method === 'POST' && path === '/__fake/fail-next') {
      fake.failNext(Number(body.status ?? 500), Number(body.times ?? 1));
      return send(res, 204, undefined, 'application/json');
    }
    if (req.method === 'POST' && path === '/__fake/hang-next') {
      fake.hangNext({ afterStoring: body.afterStoring === true });
      return send(res, 204, undefined, 'application/json');
    }
    if (req.method === 'POST' && path === '/__fake/reset') {
      fake.reset();
      return send(res, 204, undefined, 'application/json');
    }
    if (req.method === 'GET' && path === '/__fake/dois') {
      return send(res, 200, { dois: [...dois.values()], requests }, 'application/json');
    }
    return send(res, 404, { errors: [{ status: '404', title: 'No such control route.' }] });
  };

  const server = http.createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://fake').pathname;
    const work = path.startsWith('/__fake/')
      ? handleControl(req, res, path)
      : path === '/dois' || path.startsWith('/dois/')
        ? handleDois(req, res, path)
        : Promise.resolve(
            send(res, 404, { errors: [{ status: '404', title: "The resource you are looking for doesn't exist." }] }),
          );
    work.catch((error: unknown) => {
      if (!res.headersSent) send(res, 500, { errors: [{ status: '500', title: String(error) }] });
    });
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, options.host ?? '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  const fake: FakeDataCite = {
    url: `http://${options.host ?? '127.0.0.1'}:${port}`,
    dois,
    requests,
    failNext(status, times = 1) {
      for (let i = 0; i < times; i++) failures.push(status);
    },
    hangNext(hangOptions = {}) {
      hangs.push(hangOptions);
    },
    reset() {
      dois.clear();
      requests.length = 0;
      failures.length = 0;
      hangs.length = 0;
    },
    close() {
      for (const socket of sockets) socket.destroy();
      return new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())));
    },
  };
  return fake;
}
