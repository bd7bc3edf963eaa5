import * as net from 'node:net';
import { Transform } from 'node:stream';

/** A loopback TCP proxy that passes bytes on at a limited rate each way: a slow link, for watching progress. */
export async function startThrottlingProxy(
  target: { host: string; port: number },
  bytesPerSecond: number,
): Promise<{ url: string; close(): Promise<void> }> {
  const throttle = () => {
    let due = Date.now();
    return new Transform({
      transform(chunk: Buffer, _encoding, done) {
        due = Math.max(due, Date.now()) + (chunk.length / bytesPerSecond) * 1000;
        setTimeout(() => done(null, chunk), Math.max(0, due - Date.now()));
      },
    });
  };
  const sockets = new Set<net.Socket>();
  const server = net.createServer((client) => {
    const upstream = net.connect(target.port, target.host);
    for (const s of [client, upstream]) {
      sockets.add(s);
      s.on('close', () => sockets.delete(s));
      s.on('error', () => {
        client.destroy();
        upstream.destroy();
      });
    }
    client.pipe(throttle()).pipe(upstream);
    upstream.pipe(throttle()).pipe(client);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}
