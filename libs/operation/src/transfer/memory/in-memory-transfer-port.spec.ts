import { describeTransferPort, observeUntil, TierFixture } from '../transfer-port.contract';
import { checksumOf, sha256Hex } from '../tree-digest';
import { InMemoryTransferPort, MemoryTransferWorld } from './in-memory-transfer-port';

let tiers = 0;

function memoryTier(world: MemoryTransferWorld): TierFixture {
  const rootUri = `file:///memory/tier-${++tiers}`;
  return {
    location: (path) => ({ tierId: `tier-${tiers}`, accessProtocol: 'file', rootUri, path }),
    write: async (path, content) => world.write(rootUri, path, content),
    read: async (path) => world.tier(rootUri).get(path) ?? null,
    list: async (path) =>
      [...world.tier(rootUri).keys()]
        .filter((p) => p.startsWith(`${path}/`))
        .map((p) => p.slice(path.length + 1))
        .sort(),
    fingerprint: async (path) => {
      const generation = world.generation(rootUri, path);
      return generation === null ? null : String(generation);
    },
  };
}

describeTransferPort('in-memory', async () => {
  const world = new MemoryTransferWorld();
  return {
    newPort: (options) => new InMemoryTransferPort({ world, filesPerObserve: options?.slow ? 1 : undefined }),
    tier: async () => memoryTier(world),
    unreachableTier: async () => {
      const tier = memoryTier(world);
      world.unreachableRoots.add(tier.location('x').rootUri);
      return tier;
    },
    deniedTier: async () => {
      const tier = memoryTier(world);
      world.deniedRoots.add(tier.location('x').rootUri);
      return tier;
    },
    failTargetFiles: async (target, paths) => {
      for (const path of paths) world.failFile(target.location(path).rootUri, path);
    },
    measuresCopy: true,
  };
});

describe('the in-memory TransferPort follows its script', () => {
  const content = Buffer.from('scripted bytes');
  const expected = checksumOf('file', [{ path: '', sha256: sha256Hex(content), size: content.length }]);

  function setup() {
    const world = new MemoryTransferWorld();
    world.write('file:///memory/a', 'f.bin', content);
    const request = {
      idempotencyKey: `script-${Math.random()}`,
      source: { tierId: 'a', accessProtocol: 'file' as const, rootUri: 'file:///memory/a', path: 'f.bin' },
      target: { tierId: 'b', accessProtocol: 'file' as const, rootUri: 'file:///memory/b', path: 'f.bin' },
      kind: 'file' as const,
      expected,
    };
    return { world, request, port: new InMemoryTransferPort({ world }) };
  }

  it('suspends for as many observes as scripted, then resumes and succeeds', async () => {
    const { world, request, port } = setup();
    world.script(request.idempotencyKey, [{ kind: 'active' }, { kind: 'suspend' }, { kind: 'suspend' }]);
    const handle = await port.begin(request);
    const states = [];
    for (let i = 0; i < 4; i++) states.push((await port.observe(handle)).state);
    expect(states).toEqual(['Active', 'Suspended', 'Suspended', 'Succeeded']);
    expect(world.tier('file:///memory/b').get('f.bin')?.equals(content)).toBe(true);
  });

  it('fails with the scripted code and moves nothing', async () => {
    const { world, request, port } = setup();
    world.script(request.idempotencyKey, [{ kind: 'fail', code: 'TransferEndpointUnreachable' }]);
    const handle = await port.begin(request);
    const progress = await observeUntil(port, handle);
    expect(progress).toMatchObject({ state: 'Failed', failure: { code: 'TransferEndpointUnreachable' } });
    expect(world.tier('file:///memory/b').size).toBe(0);
  });

  it('half-fails a tree when scripted partial', async () => {
    const world = new MemoryTransferWorld();
    for (let i = 0; i < 4; i++) world.write('file:///memory/a', `t/f${i}`, Buffer.from(`f${i}`));
    const port = new InMemoryTransferPort({ world });
    const request = {
      idempotencyKey: 'partial-script',
      source: { tierId: 'a', accessProtocol: 'file' as const, rootUri: 'file:///memory/a', path: 't' },
      target: { tierId: 'b', accessProtocol: 'file' as const, rootUri: 'file:///memory/b', path: 't' },
      kind: 'tree' as const,
      expected,
    };
    world.script(request.idempotencyKey, [{ kind: 'partial' }]);
    const progress = await observeUntil(port, await port.begin(request));
    expect(progress).toMatchObject({ state: 'Failed', partial: true, filesMoved: 2, filesFailed: 2 });
    expect(progress.failure?.code).toBe('TransferPartial');
  });
});
