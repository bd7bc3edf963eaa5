import * as http from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import { TestApi, startTestApi } from './support/test-api';

/** One request on a kept-alive socket; resolves the status and the local port (which socket carried it). */
function get(agent: http.Agent, url: string): Promise<{ status: number; localPort: number }> {
  return new Promise((resolve, reject) => {
    const req = http.get(url, { agent }, (res) => {
      res.resume();
      res.on('end', () => resolve({ status: res.statusCode ?? 0, localPort: req.socket!.localPort! }));
    });
    req.on('error', reject);
  });
}

/**
 * A client that keeps connections alive (undici, for one, keeps them 4 s) must never send on a socket the server
 * is closing: the server keeps idle connections open longer than Node's 5 s default.
 */
describe('HTTP keep-alive', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(async () => {
    await api?.close();
  });

  it('keeps an idle connection open past 6 s, and says so in Keep-Alive', async () => {
    const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
    try {
      const first = await get(agent, `${api.baseUrl}/health/live`);
      await sleep(6_000);
      const second = await get(agent, `${api.baseUrl}/health/live`);
      expect([first.status, second.status]).toEqual([200, 200]);
      expect(second.localPort).toBe(first.localPort);
      const res = await fetch(`${api.baseUrl}/health/live`);
      expect(res.headers.get('keep-alive')).toMatch(/timeout=6\d/);
    } finally {
      agent.destroy();
    }
  });
});
