/* eslint-disable @typescript-eslint/no-explicit-any -- a fake reads whatever JSON a client sends, and checks it */
import { createHash, randomUUID } from 'node:crypto';
import { promises as fs } from 'node:fs';
import * as http from 'node:http';
import { AddressInfo, Socket } from 'node:net';
import * as path from 'node:path';

/**
 * A loopback server speaking the JSON of the Globus Auth token endpoint and the Transfer API v0.10
 * (https://docs.globus.org/api/transfer/), which really copies files between folders standing for collections.
 *
 * Auth: `POST /v2/oauth2/token` with HTTP Basic client credentials and `grant_type=client_credentials` answers
 * `{ access_token, expires_in, token_type: 'Bearer', resource_server, scope, other_tokens }`. Transfer, under
 * `/v0.10`: `GET /submission_id`; `POST /transfer` (a `transfer` document of `transfer_item`s; a submission id
 * used before answers 200 `Duplicate` with the same task, a new one 202 `Accepted`); `GET /task/{id}` (the task
 * document: status ACTIVE | INACTIVE | SUCCEEDED | FAILED, nice_status, bytes_transferred, files,
 * files_transferred, files_skipped, subtasks_*, fatal_error…); `GET /task/{id}/event_list`;
 * `GET /task/{id}/successful_transfers` (paged by `marker`, each with the sha256 `checksum` the copy was verified
 * by); `POST /task/{id}/cancel`. A missing, expired or unknown bearer token answers 401 AuthenticationFailed.
 *
 * A collection's folder holds its paths (`/a/b` is `<folder>/a/b`). Switches for tests: a collection offline
 * (tasks fail CONNECT_FAILED), denied (PERMISSION_DENIED), with expired credentials (its tasks sit INACTIVE until
 * renewed), paths that fail to arrive (subtasks_failed), a copy rate, and the expiry of every access token.
 */

export interface FakeCollection {
  readonly folder: string;
  offline?: boolean;
  denied?: boolean;
  credentialsExpired?: boolean;
}

export interface FakeGlobusOptions {
  readonly port?: number;
  readonly clientId: string;
  readonly clientSecret: string;
  /** Lifetime of the access tokens it issues, seconds. Default 172800 (as Globus Auth). */
  readonly tokenLifetimeSeconds?: number;
  /** Copy speed per task, bytes per second; unlimited by default. */
  bytesPerSecond?: number;
  /** successful_transfers page size. Default 100. */
  readonly pageSize?: number;
}

export interface LoggedRequest {
  readonly method: string;
  readonly path: string;
}

interface Task {
  readonly task_id: string;
  readonly submission_id: string;
  readonly label: string | null;
  readonly source: string;
  readonly destination: string;
  readonly items: { source_path: string; destination_path: string; recursive: boolean }[];
  readonly verify_checksum: boolean;
  readonly sync_level: number | string | null;
  status: 'ACTIVE' | 'INACTIVE' | 'SUCCEEDED' | 'FAILED';
  nice_status: string | null;
  bytes_transferred: number;
  bytes_checksummed: number;
  files: number;
  files_transferred: number;
  files_skipped: number;
  directories: number;
  subtasks_total: number;
  subtasks_succeeded: number;
  subtasks_failed: number;
  subtasks_canceled: number;
  fatal_error: { code: string; description: string } | null;
  readonly request_time: string;
  completion_time: string | null;
  readonly events: { code: string; is_error: boolean; description: string; details: string; time: string }[];
  readonly successful: { source_path: string; destination_path: string; checksum: string }[];
  canceled: boolean;
  startedAt: number;
}

export interface FakeGlobus {
  readonly url: string;
  readonly authUrl: string;
  readonly transferUrl: string;
  readonly collections: Map<string, FakeCollection>;
  readonly tasks: ReadonlyMap<string, Task>;
  readonly requests: LoggedRequest[];
  /** Files at these (collection, path) never arrive: their subtasks fail. */
  failPath(collection: string, globusPath: string): void;
  /** Every access token issued so far stops working (401), as when they expire. */
  expireTokens(): void;
  setBytesPerSecond(rate: number | undefined): void;
  close(): Promise<void>;
}

const now = () => new Date().toISOString().replace(/\.\d+Z$/, '+00:00');
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function send(res: http.ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
  res.end(text);
}

function transferError(res: http.ServerResponse, status: number, code: string, message: string): void {
  send(res, status, { code, message, request_id: randomUUID().slice(0, 9), resource: res.req?.url ?? '' });
}

async function readBody(req: http.IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

export async function startFakeGlobus(options: FakeGlobusOptions): Promise<FakeGlobus> {
  const collections = new Map<string, FakeCollection>();
  const tasks = new Map<string, Task>();
  const bySubmission = new Map<string, string>();
  const issuedSubmissions = new Set<string>();
  const tokens = new Map<string, number>();
  const failing = new Set<string>();
  const requests: LoggedRequest[] = [];
  const pageSize = options.pageSize ?? 100;
  let rate = options.bytesPerSecond;
  let closing = false;

  const local = (collection: string, globusPath: string): string => {
    const c = collections.get(collection);
    if (!c) throw new Error(`no collection ${collection}`);
    const segments = globusPath.split('/').filter((s) => s !== '' && s !== '.');
    if (segments.includes('..')) throw new Error('".." in a path');
    return path.join(c.folder, ...segments);
  };

  const event = (task: Task, code: string, is_error: boolean, description: string, details = '') =>
    task.events.unshift({ code, is_error, description, details, time: now() });

  const end = (task: Task, status: 'SUCCEEDED' | 'FAILED', fatal: Task['fatal_error']) => {
    task.status = status;
    task.nice_status = null;
    task.fatal_error = fatal;
    task.completion_time = now();
    event(task, status === 'SUCCEEDED' ? 'SUCCEEDED' : (fatal?.code ?? 'FAILED'), status === 'FAILED', status);
  };

  /** Lists what an item moves: one file, or every regular file under a directory (recursive). */
  async function plan(task: Task) {
    const files: { from: string; to: string; sourcePath: string; destinationPath: string }[] = [];
    for (const item of task.items) {
      const from = local(task.source, item.source_path);
      const stat = await fs.stat(from).catch(() => null);
      if (!stat) return { missing: item.source_path, files };
      if (!item.recursive) {
        files.push({ from, to: local(task.destination, item.destination_path), ...paths(item, '') });
        continue;
      }
      const visit = async (dir: string, rel: string): Promise<void> => {
        for (const entry of await fs.readdir(dir, { withFileTypes: true })) {
          const r = rel ? `${rel}/${entry.name}` : entry.name;
          if (entry.isDirectory()) {
            task.directories++;
            await visit(path.join(dir, entry.name), r);
          } else if (entry.isFile()) {
            files.push({
              from: path.join(dir, entry.name),
              to: local(task.destination, joinGlobus(item.destination_path, r)),
              ...paths(item, r),
            });
          }
        }
      };
      await visit(from, '');
    }
    return { missing: null, files };
  }

  function paths(item: Task['items'][number], rel: string) {
    return {
      sourcePath: rel ? joinGlobus(item.source_path, rel) : item.source_path,
      destinationPath: rel ? joinGlobus(item.destination_path, rel) : item.destination_path,
    };
  }

  async function waitWhileInactive(task: Task): Promise<void> {
    for (;;) {
      const expired = [task.source, task.destination].some((c) => collections.get(c)?.credentialsExpired);
      if (!expired || task.canceled || closing) {
        if (task.status === 'INACTIVE') {
          task.status = 'ACTIVE';
          task.nice_status = 'OK';
          event(task, 'STARTED', false, 'resumed: credentials renewed');
        }
        return;
      }
      if (task.status !== 'INACTIVE') {
        task.status = 'INACTIVE';
        task.nice_status = 'CREDENTIAL_EXPIRED';
        event(task, 'CREDENTIAL_EXPIRED', true, 'the credentials for a collection expired; renew them to resume');
      }
      await sleep(20);
    }
  }

  async function copyFile(task: Task, from: string, to: string): Promise<string | null> {
    await fs.mkdir(path.dirname(to), { recursive: true });
    const input = await fs.open(from, 'r');
    const output = await fs.open(to, 'w');
    const hash = createHash('sha256');
    const buffer = Buffer.allocUnsafe(256 * 1024);
    try {
      for (;;) {
        await waitWhileInactive(task);
        if (task.canceled || closing) return null;
        const { bytesRead } = await input.read(buffer, 0, buffer.length, null);
        if (bytesRead === 0) break;
        hash.update(buffer.subarray(0, bytesRead));
        await output.write(buffer, 0, bytesRead);
        task.bytes_transferred += bytesRead;
        if (rate) await sleep((bytesRead / rate) * 1000);
      }
    } finally {
      await input.close();
      await output.close();
    }
    return hash.digest('hex');
  }

  async function sha256Of(file: string): Promise<string | null> {
    try {
      return createHash('sha256')
        .update(await fs.readFile(file))
        .digest('hex');
    } catch {
      return null;
    }
  }

  async function run(task: Task): Promise<void> {
    await sleep(5);
    const ends = [collections.get(task.source), collections.get(task.destination)];
    if (ends.some((c) => c?.offline)) {
      task.nice_status = 'CONNECT_FAILED';
      event(task, 'CONNECT_FAILED', true, 'could not connect to the collection');
      await sleep(30);
      return end(task, 'FAILED', { code: 'CONNECT_FAILED', description: 'could not connect to the collection' });
    }
    if (collections.get(task.destination)?.denied) {
      task.nice_status = 'PERMISSION_DENIED';
      event(task, 'PERMISSION_DENIED', true, 'permission denied on the destination');
      return end(task, 'FAILED', { code: 'PERMISSION_DENIED', description: 'permission denied on the destination' });
    }
    const { missing, files } = await plan(task);
    if (missing) {
      event(task, 'FILE_NOT_FOUND', true, `${missing} not found`);
      return end(task, 'FAILED', { code: 'FILE_NOT_FOUND', description: `${missing} not found on the source` });
    }
    task.files = files.length;
    task.subtasks_total = files.length;
    task.nice_status = 'OK';
    event(task, 'STARTED', false, 'started');
    for (const file of files) {
      if (task.canceled || closing) break;
      if (failing.has(`${task.destination}\n${file.destinationPath}`)) {
        task.subtasks_failed++;
        event(task, 'FILE_ERROR', true, `${file.destinationPath} could not be written`);
        continue;
      }
      if (task.sync_level !== null) {
        const [there, here] = await Promise.all([sha256Of(file.to), sha256Of(file.from)]);
        if (there !== null && there === here) {
          task.files_skipped++;
          task.subtasks_succeeded++;
          continue;
        }
      }
      const checksum = await copyFile(task, file.from, file.to);
      if (checksum === null) break;
      if (task.verify_checksum) task.bytes_checksummed += (await fs.stat(file.to)).size;
      task.files_transferred++;
      task.subtasks_succeeded++;
      task.successful.push({ source_path: file.sourcePath, destination_path: file.destinationPath, checksum });
    }
    if (closing) return;
    if (task.canceled) {
      task.subtasks_canceled = task.subtasks_total - task.subtasks_succeeded - task.subtasks_failed;
      return end(task, 'FAILED', { code: 'CANCELED', description: 'The task was canceled by the user' });
    }
    if (task.subtasks_failed > 0) {
      return end(task, 'FAILED', { code: 'FILE_ERROR', description: `${task.subtasks_failed} files failed` });
    }
    end(task, 'SUCCEEDED', null);
  }

  function taskDocument(task: Task) {
    const { events: _e, successful: _s, canceled: _c, startedAt, source, destination, items: _i, ...fields } = task;
    const seconds = Math.max((Date.now() - startedAt) / 1000, 0.001);
    return {
      DATA_TYPE: 'task',
      type: 'TRANSFER',
      ...fields,
      source_endpoint_id: source,
      destination_endpoint_id: destination,
      subtasks_pending: task.subtasks_total - task.subtasks_succeeded - task.subtasks_failed - task.subtasks_canceled,
      subtasks_retrying: 0,
      subtasks_expired: 0,
      effective_bytes_per_second: Math.round(task.bytes_transferred / seconds),
      is_paused: false,
      faults: task.subtasks_failed,
      deadline: new Date(startedAt + 86_400_000).toISOString(),
    };
  }

  async function handleAuth(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const body = new URLSearchParams(await readBody(req));
    const basic = /^Basic (.+)$/.exec(req.headers.authorization ?? '');
    const [id, secret] = basic ? Buffer.from(basic[1], 'base64').toString().split(':') : [];
    if (id !== options.clientId || secret !== options.clientSecret) {
      return send(res, 401, { error: 'invalid_client' });
    }
    if (body.get('grant_type') !== 'client_credentials') return send(res, 400, { error: 'unsupported_grant_type' });
    const token = randomUUID().replace(/-/g, '');
    const lifetime = options.tokenLifetimeSeconds ?? 172_800;
    tokens.set(token, Date.now() + lifetime * 1000);
    send(res, 200, {
      access_token: token,
      expires_in: lifetime,
      token_type: 'Bearer',
      resource_server: 'transfer.api.globus.org',
      scope: body.get('scope') ?? 'urn:globus:auth:scope:transfer.api.globus.org:all',
      other_tokens: [],
    });
  }

  async function handleTransfer(req: http.IncomingMessage, res: http.ServerResponse, route: string): Promise<void> {
    const bearer = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1];
    const expires = bearer ? tokens.get(bearer) : undefined;
    if (!expires || expires < Date.now()) {
      return transferError(res, 401, 'AuthenticationFailed', 'Token is not active');
    }
    const url = new URL(route, 'http://fake');
    const taskMatch = /^\/task\/([0-9a-f-]+)(\/[a-z_]+)?$/.exec(url.pathname);
    if (req.method === 'GET' && url.pathname === '/submission_id') {
      const value = randomUUID();
      issuedSubmissions.add(value);
      return send(res, 200, { DATA_TYPE: 'submission_id', value });
    }
    if (req.method === 'POST' && url.pathname === '/transfer') {
      let doc: any;
      try {
        doc = JSON.parse(await readBody(req));
      } catch {
        return transferError(res, 400, 'ClientError.BadRequest', 'the body is not JSON');
      }
      if (doc?.DATA_TYPE !== 'transfer' || !Array.isArray(doc.DATA) || doc.DATA.length === 0) {
        return transferError(res, 400, 'ClientError.BadRequest', 'a transfer document with DATA items is required');
      }
      if (!issuedSubmissions.has(doc.submission_id)) {
        return transferError(res, 400, 'ClientError.BadRequest', 'submission_id was not issued by this service');
      }
      const known = bySubmission.get(doc.submission_id);
      if (known) {
        return send(res, 200, {
          DATA_TYPE: 'transfer_result',
          code: 'Duplicate',
          message: 'A transfer with id already exists',
          task_id: known,
          submission_id: doc.submission_id,
          resource: '/transfer',
          request_id: randomUUID().slice(0, 9),
        });
      }
      for (const endpoint of [doc.source_endpoint, doc.destination_endpoint]) {
        if (!collections.has(String(endpoint).toLowerCase())) {
          return transferError(res, 404, 'ClientError.NotFound', `Endpoint ${endpoint} not found`);
        }
      }
      const items = doc.DATA.filter((i: any) => i?.DATA_TYPE === 'transfer_item');
      if (items.length !== doc.DATA.length || items.some((i: any) => !i.source_path || !i.destination_path)) {
        return transferError(res, 400, 'ClientError.BadRequest', 'every item is a transfer_item with both paths');
      }
      const task: Task = {
        task_id: randomUUID(),
        submission_id: doc.submission_id,
        label: doc.label ?? null,
        source: String(doc.source_endpoint).toLowerCase(),
        destination: String(doc.destination_endpoint).toLowerCase(),
        items: items.map((i: any) => ({
          source_path: i.source_path,
          destination_path: i.destination_path,
          recursive: i.recursive === true,
        })),
        verify_checksum: doc.verify_checksum === true,
        sync_level: doc.sync_level ?? null,
        status: 'ACTIVE',
        nice_status: 'Queued',
        bytes_transferred: 0,
        bytes_checksummed: 0,
        files: 0,
        files_transferred: 0,
        files_skipped: 0,
        directories: 0,
        subtasks_total: 0,
        subtasks_succeeded: 0,
        subtasks_failed: 0,
        subtasks_canceled: 0,
        fatal_error: null,
        request_time: now(),
        completion_time: null,
        events: [],
        successful: [],
        canceled: false,
        startedAt: Date.now(),
      };
      tasks.set(task.task_id, task);
      bySubmission.set(task.submission_id, task.task_id);
      void run(task).catch((error) => {
        if (task.status === 'ACTIVE' || task.status === 'INACTIVE') {
          end(task, 'FAILED', { code: 'ENDPOINT_ERROR', description: String(error) });
        }
      });
      return send(res, 202, {
        DATA_TYPE: 'transfer_result',
        code: 'Accepted',
        message: 'The transfer has been accepted and a task has been created and queued for execution',
        task_id: task.task_id,
        submission_id: task.submission_id,
        resource: '/transfer',
        request_id: randomUUID().slice(0, 9),
      });
    }
    if (taskMatch) {
      const task = tasks.get(taskMatch[1]);
      if (!task) return transferError(res, 404, 'ClientError.NotFound', `Task ${taskMatch[1]} not found`);
      const sub = taskMatch[2];
      if (req.method === 'GET' && !sub) return send(res, 200, taskDocument(task));
      if (req.method === 'GET' && sub === '/event_list') {
        const offset = Number(url.searchParams.get('offset') ?? 0);
        const limit = Number(url.searchParams.get('limit') ?? 10);
        return send(res, 200, {
          DATA_TYPE: 'event_list',
          offset,
          limit,
          total: task.events.length,
          has_next_page: offset + limit < task.events.length,
          DATA: task.events.slice(offset, offset + limit).map((e) => ({ DATA_TYPE: 'event', ...e })),
        });
      }
      if (req.method === 'GET' && sub === '/successful_transfers') {
        if (task.status !== 'SUCCEEDED' && task.status !== 'FAILED') {
          return transferError(res, 409, 'Conflict', 'successful_transfers is only available for completed tasks');
        }
        const marker = Number(url.searchParams.get('marker') ?? 0);
        const page = task.successful.slice(marker, marker + pageSize);
        const next = marker + pageSize < task.successful.length ? marker + pageSize : null;
        return send(res, 200, {
          DATA_TYPE: 'successful_transfers',
          marker,
          next_marker: next,
          DATA: page.map((t) => ({ DATA_TYPE: 'successful_transfer', ...t, checksum_algorithm: 'SHA256' })),
        });
      }
      if (req.method === 'POST' && sub === '/cancel') {
        if (task.status === 'SUCCEEDED' || task.status === 'FAILED') {
          return send(res, 200, {
            DATA_TYPE: 'result',
            code: 'TaskComplete',
            message: 'The task completed before it could be canceled',
            resource: route,
            request_id: randomUUID().slice(0, 9),
          });
        }
        task.canceled = true;
        const ended = () =>
          (task.status as Task['status']) === 'FAILED' || (task.status as Task['status']) === 'SUCCEEDED';
        for (let i = 0; i < 200 && !ended(); i++) await sleep(10);
        return send(res, 200, {
          DATA_TYPE: 'result',
          code: 'Canceled',
          message: 'The task has been cancelled successfully.',
          resource: route,
          request_id: randomUUID().slice(0, 9),
        });
      }
    }
    transferError(res, 404, 'ClientError.NotFound', `no route ${req.method} ${route}`);
  }

  const server = http.createServer((req, res) => {
    const url = req.url ?? '/';
    requests.push({ method: req.method ?? 'GET', path: url.split('?')[0] });
    const work =
      req.method === 'POST' && url === '/v2/oauth2/token'
        ? handleAuth(req, res)
        : url.startsWith('/v0.10/')
          ? handleTransfer(req, res, url.slice('/v0.10'.length))
          : Promise.resolve(transferError(res, 404, 'ClientError.NotFound', `no route ${url}`));
    work.catch((error) => {
      if (!res.headersSent) transferError(res, 500, 'ServerError', String(error));
    });
  });
  const sockets = new Set<Socket>();
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    url,
    authUrl: url,
    transferUrl: `${url}/v0.10`,
    collections,
    tasks,
    requests,
    failPath: (collection, globusPath) => failing.add(`${collection.toLowerCase()}\n${globusPath}`),
    expireTokens: () => {
      for (const token of tokens.keys()) tokens.set(token, 0);
    },
    setBytesPerSecond: (value) => {
      rate = value;
    },
    close: async () => {
      closing = true;
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

function joinGlobus(dir: string, rel: string): string {
  return `${dir.replace(/\/+$/, '')}/${rel}`;
}
