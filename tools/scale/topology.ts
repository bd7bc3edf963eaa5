import { execFileSync } from 'node:child_process';

/**
 * The facility's network: one bridge in the root namespace (no address there), a `core` namespace for PostgreSQL
 * and the API instances, and one namespace per edge host, each joined to the bridge by a veth pair. Every address
 * lives inside a namespace this harness made, so the machine's own interfaces and routes are never touched.
 */
export interface Topology {
  readonly prefix: string;
  readonly bridge: string;
  readonly core: { readonly namespace: string; readonly address: string };
  readonly hosts: readonly { readonly name: string; readonly namespace: string; readonly address: string }[];
}

const SUBNET = '10.217.0';

function ip(...args: string[]): string {
  return execFileSync('ip', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

/** Fails with a message saying why when this process may not build namespaces (not root, no iproute2). */
export function assertNetnsAvailable(): void {
  if (process.getuid?.() !== 0) throw new Error('the scale harness must run as root (it builds network namespaces)');
  try {
    ip('netns', 'list');
  } catch (error) {
    throw new Error(`"ip netns" does not work here: ${(error as Error).message}`);
  }
}

export function planTopology(hostCount: number, prefix: string): Topology {
  if (hostCount < 1 || hostCount > 200) throw new Error('--hosts must be between 1 and 200');
  return {
    prefix,
    bridge: `${prefix}br`,
    core: { namespace: `${prefix}-core`, address: `${SUBNET}.2` },
    hosts: Array.from({ length: hostCount }, (_, i) => ({
      name: `h${i + 1}`,
      namespace: `${prefix}-h${i + 1}`,
      address: `${SUBNET}.${10 + i}`,
    })),
  };
}

function joinNamespace(t: Topology, namespace: string, vethId: string, address: string): void {
  const outside = `${t.prefix}${vethId}a`;
  const inside = `${t.prefix}${vethId}b`;
  ip('netns', 'add', namespace);
  ip('-n', namespace, 'link', 'set', 'lo', 'up');
  ip('link', 'add', outside, 'type', 'veth', 'peer', 'name', inside);
  ip('link', 'set', outside, 'master', t.bridge);
  ip('link', 'set', outside, 'up');
  ip('link', 'set', inside, 'netns', namespace);
  ip('-n', namespace, 'link', 'set', inside, 'name', 'eth0');
  ip('-n', namespace, 'addr', 'add', `${address}/24`, 'dev', 'eth0');
  ip('-n', namespace, 'link', 'set', 'eth0', 'up');
}

/** Builds everything; on a failure half-way, removes what it made before rethrowing. */
export function buildTopology(t: Topology): void {
  try {
    ip('link', 'add', t.bridge, 'type', 'bridge');
    ip('link', 'set', t.bridge, 'up');
    joinNamespace(t, t.core.namespace, 'c', t.core.address);
    t.hosts.forEach((h, i) => joinNamespace(t, h.namespace, `h${i + 1}`, h.address));
  } catch (error) {
    removeTopology(t);
    throw error;
  }
}

/** Pids of the processes still inside the namespaces this harness made (they keep a namespace alive). */
export function pidsInside(t: Topology): number[] {
  const pids: number[] = [];
  for (const ns of [t.core.namespace, ...t.hosts.map((h) => h.namespace)]) {
    try {
      pids.push(...ip('netns', 'pids', ns).split(/\s+/).filter(Boolean).map(Number));
    } catch {
      // namespace already gone
    }
  }
  return pids;
}

/** Idempotent: kills what is left inside our namespaces, deletes them, the veths go with them, then the bridge. */
export function removeTopology(t: Topology): string[] {
  const problems: string[] = [];
  for (const pid of pidsInside(t)) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // already exited
    }
  }
  const existing = new Set(
    ip('netns', 'list')
      .split('\n')
      .map((l) => l.split(' ')[0]),
  );
  for (const ns of [t.core.namespace, ...t.hosts.map((h) => h.namespace)]) {
    if (!existing.has(ns)) continue;
    try {
      ip('netns', 'delete', ns);
    } catch (error) {
      problems.push(`netns ${ns}: ${(error as Error).message}`);
    }
  }
  for (const link of [t.bridge, `${t.prefix}ca`, ...t.hosts.map((_, i) => `${t.prefix}h${i + 1}a`)]) {
    try {
      ip('link', 'show', link);
    } catch {
      continue;
    }
    try {
      ip('link', 'del', link);
    } catch (error) {
      problems.push(`link ${link}: ${(error as Error).message}`);
    }
  }
  return problems;
}
