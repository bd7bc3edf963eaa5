import 'reflect-metadata';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { AddressInfo } from 'node:net';
import { NestExpressApplication } from '@nestjs/platform-express';
import { Client as McpClient } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { CustodyConfig, ProjectionRunner, Role, loadConfig } from '@custody/platform';
import { HttpClient, TestDatabase, createTestDatabase } from '@custody/platform/testing';
import { createApiApp } from '../../src/bootstrap';
import { contextPersistence } from '../../src/contexts';

export const ADMIN_TOKEN = 'test-admin-token-0123456789abcdef';

export interface TestApi {
  readonly baseUrl: string;
  readonly app: NestExpressApplication;
  readonly config: CustodyConfig;
  readonly databaseUrl: string;
  /** A client holding the bootstrap admin token. */
  readonly admin: HttpClient;
  /** A client with no token. */
  readonly anonymous: HttpClient;
  /** Creates a principal with these roles and returns a client holding its token. */
  as(roles: Role[], groups?: string[]): Promise<HttpClient>;
  /** Processes every committed event into every projection (the worker's job), so tests never sleep. */
  drain(): Promise<void>;
  /** An MCP client speaking streamable HTTP to /mcp with this token. */
  mcp(token?: string): Promise<McpClient>;
  close(): Promise<void>;
}

/** The real API on a loopback port, on a fresh database, with the bootstrap admin set. */
export async function startTestApi(env: Record<string, string> = {}): Promise<TestApi> {
  const database: TestDatabase = await createTestDatabase(contextPersistence);
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'custody-api-'));
  const config = loadConfig({
    CUSTODY_DATA_DIR: dataDir,
    CUSTODY_ADMIN_TOKEN: ADMIN_TOKEN,
    CUSTODY_LOG_LEVEL: 'error',
    ...env,
  });
  const app = await createApiApp(config, database.url);
  await app.listen(0, '127.0.0.1');
  const { port } = app.getHttpServer().address() as AddressInfo;
  const baseUrl = `http://127.0.0.1:${port}`;
  const admin = new HttpClient(baseUrl, ADMIN_TOKEN);
  const mcpClients: McpClient[] = [];
  let counter = 0;
  return {
    baseUrl,
    app,
    config,
    databaseUrl: database.url,
    admin,
    anonymous: new HttpClient(baseUrl),
    async as(roles, groups = []) {
      counter += 1;
      const res = await admin.post('/v1/principals', { name: `${roles.join('+')}-${counter}`, roles, groups });
      if (res.status !== 201) throw new Error(`could not create principal: ${res.status} ${res.text}`);
      return new HttpClient(baseUrl, res.body.token);
    },
    drain: () => app.get(ProjectionRunner).drain(),
    async mcp(token = ADMIN_TOKEN) {
      const client = new McpClient({ name: 'custody-contract-tests', version: '1.0.0' });
      const transport = new StreamableHTTPClientTransport(new URL(`${baseUrl}/mcp`), {
        requestInit: { headers: { authorization: `Bearer ${token}` } },
      });
      await client.connect(transport);
      mcpClients.push(client);
      return client;
    },
    async close() {
      await Promise.all(mcpClients.map((c) => c.close().catch(() => undefined)));
      await app.close();
      await database.drop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
