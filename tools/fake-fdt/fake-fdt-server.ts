import { AddressInfo, Server, Socket, createServer } from 'node:net';

/**
 * The TCP port an FDT server listens on (54321 by default), for tests: it accepts the client's connection and
 * counts it. tools/fake-fdt/fake-fdt.js connects here before it writes any file, as the real client must.
 */
export interface FakeFdtServer {
  readonly host: string;
  readonly port: number;
  readonly connections: number;
  close(): Promise<void>;
}

export async function startFakeFdtServer(): Promise<FakeFdtServer> {
  let connections = 0;
  const sockets = new Set<Socket>();
  const server: Server = createServer((socket) => {
    connections++;
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => undefined);
    socket.resume();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    host: '127.0.0.1',
    port: (server.address() as AddressInfo).port,
    get connections() {
      return connections;
    },
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** argv that runs the fake client with this Node (for CUSTODY_FDT_COMMAND or the adapter's `command`). */
export const FAKE_FDT_COMMAND: readonly string[] = [process.execPath, require.resolve('./fake-fdt.js')];
