import { Principal } from './principal';
import { PrincipalCache } from './principal-cache';

const alice: Principal = { principalId: 'p-alice', name: 'alice', roles: ['operator'], groups: [] };
const bob: Principal = { principalId: 'p-bob', name: 'bob', roles: ['reader'], groups: [] };

describe('PrincipalCache', () => {
  let clock = 0;
  let lookups: string[] = [];
  const table = new Map<string, Principal>([
    ['token-a', alice],
    ['token-b', bob],
  ]);
  const load = async (token: string) => {
    lookups.push(token);
    return table.get(token);
  };
  beforeEach(() => {
    clock = 0;
    lookups = [];
  });
  const cache = () => new PrincipalCache(1000, () => clock);

  it('answers a repeated token from memory until the TTL passes', async () => {
    const c = cache();
    expect(await c.authenticate('token-a', load)).toEqual(alice);
    clock = 999;
    expect(await c.authenticate('token-a', load)).toEqual(alice);
    expect(lookups).toEqual(['token-a']);
    clock = 1000;
    expect(await c.authenticate('token-a', load)).toEqual(alice);
    expect(lookups).toEqual(['token-a', 'token-a']);
  });

  it('never caches an unknown token (a token created a moment later works at once)', async () => {
    const c = cache();
    expect(await c.authenticate('token-new', load)).toBeUndefined();
    table.set('token-new', bob);
    expect(await c.authenticate('token-new', load)).toEqual(bob);
    table.delete('token-new');
  });

  it('forgets only the invalidated principal', async () => {
    const c = cache();
    await c.authenticate('token-a', load);
    await c.authenticate('token-b', load);
    c.invalidate('p-alice');
    await c.authenticate('token-a', load);
    await c.authenticate('token-b', load);
    expect(lookups).toEqual(['token-a', 'token-b', 'token-a']);
  });

  it('keeps nothing from a lookup that an invalidation overtook', async () => {
    const c = cache();
    let release!: () => void;
    const slow = (token: string) =>
      new Promise<Principal | undefined>((resolve) => {
        release = () => resolve(table.get(token));
      });
    const pending = c.authenticate('token-a', slow);
    c.invalidate('p-alice');
    release();
    expect(await pending).toEqual(alice);
    await c.authenticate('token-a', load);
    expect(lookups).toEqual(['token-a']);
  });

  it('lets requests that miss together share one lookup', async () => {
    const c = cache();
    const answers = await Promise.all([1, 2, 3, 4].map(() => c.authenticate('token-a', load)));
    expect(answers).toEqual([alice, alice, alice, alice]);
    expect(lookups).toEqual(['token-a']);
  });

  it('never lets a request after an invalidation join a lookup begun before it', async () => {
    const c = cache();
    const releases: (() => void)[] = [];
    const slow = (token: string) =>
      new Promise<Principal | undefined>((resolve) => {
        lookups.push(token);
        releases.push(() => resolve(table.get(token)));
      });
    const before = c.authenticate('token-a', slow);
    c.invalidate('p-alice');
    const after = c.authenticate('token-a', slow);
    expect(lookups).toEqual(['token-a', 'token-a']);
    releases.forEach((release) => release());
    expect(await before).toEqual(alice);
    expect(await after).toEqual(alice);
  });
});
