import { dataCiteAttributes } from './datacite-metadata';
import { DoiMintError, DoiMinter, MintRequest, MintResult } from './doi-minter.port';
import { StubDoiMinter } from './stub-doi-minter';

export interface DataCiteOptions {
  /** The REST API's base URL, e.g. `https://api.test.datacite.org`. */
  readonly url: string;
  /** The repository account (Basic auth user), e.g. `DEMO.CUSTODY`. */
  readonly repositoryId: string;
  readonly password: string;
  /** How long one mint may take in all (every HTTP call it makes) before it fails as a timeout. */
  readonly timeoutMs: number;
  /** Reads the year of publication; the system clock unless a test sets it. */
  readonly now?: () => Date;
  /** Where Handles go: DataCite mints DOIs only. The stub unless told otherwise. */
  readonly handles?: DoiMinter;
}

interface DataCiteError {
  readonly source?: string;
  readonly title?: string;
  readonly status?: string;
}

interface Answer {
  readonly status: number;
  readonly body: unknown;
  readonly text: string;
}

const JSON_API = 'application/vnd.api+json';

function errorsOf(body: unknown): DataCiteError[] {
  const errors = (body as { errors?: unknown } | null)?.errors;
  return Array.isArray(errors) ? errors.filter((e): e is DataCiteError => typeof e === 'object' && e !== null) : [];
}

/** DataCite's own words: `source: title` for each error, or the raw text when it sent no JSON:API errors. */
function describe(answer: Answer): string {
  const errors = errorsOf(answer.body);
  if (errors.length === 0) return answer.text.trim().slice(0, 500) || `HTTP ${answer.status}`;
  return errors.map((e) => (e.source ? `${e.source}: ${e.title ?? 'invalid'}` : (e.title ?? 'error'))).join('; ');
}

function isTaken(answer: Answer): boolean {
  return (
    answer.status === 422 &&
    errorsOf(answer.body).some((e) => e.source === 'doi' && /already (been )?taken|already exists/i.test(e.title ?? ''))
  );
}

function isTimeout(error: unknown): boolean {
  const name = (error as { name?: string } | null)?.name;
  return name === 'TimeoutError' || name === 'AbortError';
}

/**
 * DoiMinter over the DataCite REST API: `POST {url}/dois` with a JSON:API body (`application/vnd.api+json`),
 * HTTP Basic auth `repositoryId:password`, `event: "publish"` so the DOI is findable at once, and the PIDINST →
 * DataCite mapping of `dataCiteAttributes`. A 422 "already taken" is checked with `GET /dois/{doi}`: a DOI whose
 * url is this request's landing page is the same request again (an earlier answer was lost) and counts as
 * success (published first if it was left a draft); anything else is a failure carrying DataCite's message.
 */
export class DataCiteDoiMinter implements DoiMinter {
  private readonly baseUrl: string;
  private readonly authorization: string;
  private readonly now: () => Date;
  private readonly handles: DoiMinter;

  constructor(private readonly options: DataCiteOptions) {
    this.baseUrl = options.url.replace(/\/+$/, '');
    this.authorization = `Basic ${Buffer.from(`${options.repositoryId}:${options.password}`).toString('base64')}`;
    this.now = options.now ?? (() => new Date());
    this.handles = options.handles ?? new StubDoiMinter();
  }

  async mint(request: MintRequest): Promise<MintResult> {
    if (request.scheme !== 'DOI') return this.handles.mint(request);
    const signal = AbortSignal.timeout(this.options.timeoutMs);
    const document = {
      data: { type: 'dois', attributes: dataCiteAttributes(request, this.now().getUTCFullYear()) },
    };
    const created = await this.call('POST', '/dois', signal, document);
    if (created.status === 201 || created.status === 200) return { identifier: request.identifier };
    if (isTaken(created)) return this.adopt(request, document, signal, created);
    throw this.failure(created, request.identifier);
  }

  /** The DOI exists: ours if it points at this request's landing page. */
  private async adopt(
    request: MintRequest,
    document: unknown,
    signal: AbortSignal,
    taken: Answer,
  ): Promise<MintResult> {
    const path = `/dois/${request.identifier.split('/').map(encodeURIComponent).join('/')}`;
    const existing = await this.call('GET', path, signal);
    if (existing.status !== 200) throw this.failure(taken, request.identifier);
    const attributes = (existing.body as { data?: { attributes?: { url?: unknown; state?: unknown } } })?.data
      ?.attributes;
    if (attributes?.url !== request.landingPage) {
      throw new DoiMintError(
        'rejected',
        `DataCite answered 422 for ${request.identifier}: ${describe(taken)} (it points at ${String(attributes?.url ?? 'no url')}, not ${request.landingPage})`,
        422,
      );
    }
    if (attributes.state !== 'findable') {
      const published = await this.call('PUT', path, signal, document);
      if (published.status !== 200 && published.status !== 201) throw this.failure(published, request.identifier);
    }
    return { identifier: request.identifier };
  }

  private failure(answer: Answer, doi: string): DoiMintError {
    const detail = `DataCite answered ${answer.status} for ${doi}: ${describe(answer)}`;
    if (answer.status === 401 || answer.status === 403) return new DoiMintError('unauthorized', detail, answer.status);
    if (answer.status >= 500) return new DoiMintError('unavailable', detail, answer.status);
    return new DoiMintError('rejected', detail, answer.status);
  }

  private async call(method: string, path: string, signal: AbortSignal, body?: unknown): Promise<Answer> {
    let response: Response;
    let text: string;
    try {
      response = await fetch(`${this.baseUrl}${path}`, {
        method,
        signal,
        headers: {
          authorization: this.authorization,
          accept: JSON_API,
          ...(body === undefined ? {} : { 'content-type': JSON_API }),
        },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      text = await response.text();
    } catch (error) {
      if (isTimeout(error)) {
        throw new DoiMintError(
          'timeout',
          `DataCite did not answer within ${this.options.timeoutMs} ms (${method} ${path}).`,
        );
      }
      const cause = (error as { cause?: { message?: string } }).cause?.message ?? (error as Error).message;
      throw new DoiMintError('unavailable', `DataCite could not be reached (${method} ${path}): ${cause}`);
    }
    let parsed: unknown = null;
    try {
      parsed = text.length > 0 ? JSON.parse(text) : null;
    } catch {
      parsed = null;
    }
    return { status: response.status, body: parsed, text };
  }
}
