import { formatUuidV7 } from '@custody/kernel';
import { DatasetDistributionLookup } from './dataset-distribution-lookup.port';
import { DistributionStatusInWorld, LookupWorld } from './in-memory-dataset-distribution-lookup';

/** What an implementation under test offers the shared spec: the lookup over a world, and ways to change it. */
export interface LookupHarness {
  readonly lookup: DatasetDistributionLookup;
  setTierReachable(tierId: string, reachable: boolean): Promise<void>;
  /** Moves a copy forward: Registered → Verified | Stale, Verified ⇄ Stale, any → Discarded. */
  setStatus(distributionId: string, status: DistributionStatusInWorld): Promise<void>;
}

export type LookupHarnessFactory = (world: LookupWorld) => Promise<LookupHarness>;

const DAY = 86_400_000;
let clock = 1_767_225_600_000; // 2026-01-01: later ids sort after earlier ones, like registration order
/** Fresh time-ordered ids, so worlds built in one shared database never collide. */
function newId(): string {
  clock += 1 + Math.floor(Math.random() * DAY);
  const random = Uint8Array.from({ length: 10 }, () => Math.floor(Math.random() * 256));
  return formatUuidV7(clock, random);
}

/**
 * The one spec every DatasetDistributionLookup passes: the test double (libs/ports) and the data context's
 * PostgreSQL adapter (libs/data, on a real database). Call it inside a test file.
 */
export function describeDatasetDistributionLookup(name: string, build: LookupHarnessFactory): void {
  describe(`DatasetDistributionLookup: ${name}`, () => {
    function world() {
      const [reachableTier, unreachableTier] = [newId(), newId()];
      const [a, b, c, lone] = [newId(), newId(), newId(), newId()];
      const copy = (datasetId: string, tierId: string, status: DistributionStatusInWorld, uri: string) => ({
        distributionId: newId(),
        datasetId,
        tierId,
        uri,
        status,
      });
      const distributions = [
        copy(a, reachableTier, 'Verified', 'file:///data/fast/a'),
        copy(a, unreachableTier, 'Verified', 'file:///data/archive/a'),
        copy(a, reachableTier, 'Discarded', 'file:///data/fast/a-old'),
        copy(b, reachableTier, 'Registered', 'file:///data/fast/b'),
        copy(b, unreachableTier, 'Stale', 'file:///data/archive/b'),
        copy(c, reachableTier, 'Discarded', 'file:///data/fast/c'),
      ];
      const value: LookupWorld = {
        tiers: [
          { tierId: reachableTier, reachable: true },
          { tierId: unreachableTier, reachable: false },
        ],
        datasets: [{ datasetId: a }, { datasetId: b }, { datasetId: c }, { datasetId: lone }],
        distributions,
      };
      return { value, a, b, c, lone, distributions, reachableTier, unreachableTier };
    }

    it('answers every dataset asked, with its live copies in registration order, status, tier and reachability', async () => {
      const w = world();
      const { lookup } = await build(w.value);
      const found = await lookup.findByDatasets([w.a, w.b]);
      expect([...found.keys()].sort()).toEqual([w.a, w.b].sort());
      expect(found.get(w.a)).toEqual([
        {
          distributionId: w.distributions[0].distributionId,
          tierId: w.reachableTier,
          uri: 'file:///data/fast/a',
          status: 'Verified',
          tierReachable: true,
        },
        {
          distributionId: w.distributions[1].distributionId,
          tierId: w.unreachableTier,
          uri: 'file:///data/archive/a',
          status: 'Verified',
          tierReachable: false,
        },
      ]);
      expect(found.get(w.b)).toEqual([
        expect.objectContaining({ distributionId: w.distributions[3].distributionId, status: 'Registered' }),
        expect.objectContaining({ distributionId: w.distributions[4].distributionId, status: 'Stale' }),
      ]);
    });

    it('answers an empty list for a dataset without live copies, one never given copies, and an unknown id', async () => {
      const w = world();
      const { lookup } = await build(w.value);
      const unknown = newId();
      const found = await lookup.findByDatasets([w.c, w.lone, unknown]);
      expect(found.size).toBe(3);
      expect(found.get(w.c)).toEqual([]);
      expect(found.get(w.lone)).toEqual([]);
      expect(found.get(unknown)).toEqual([]);
    });

    it('answers nothing for nothing, and each dataset once however often it is asked', async () => {
      const w = world();
      const { lookup } = await build(w.value);
      expect((await lookup.findByDatasets([])).size).toBe(0);
      const twice = await lookup.findByDatasets([w.b, w.b]);
      expect(twice.size).toBe(1);
      expect(twice.get(w.b)).toHaveLength(2);
    });

    it('never mixes in another dataset’s copies', async () => {
      const w = world();
      const { lookup } = await build(w.value);
      const found = await lookup.findByDatasets([w.b]);
      for (const entry of found.get(w.b) ?? []) expect(entry.uri).toMatch(/\/b$/);
    });

    it('reflects changes made after it was built: reachability, verification, discards', async () => {
      const w = world();
      const harness = await build(w.value);
      await harness.setTierReachable(w.unreachableTier, true);
      await harness.setStatus(w.distributions[3].distributionId, 'Verified');
      await harness.setStatus(w.distributions[0].distributionId, 'Discarded');
      const found = await harness.lookup.findByDatasets([w.a, w.b]);
      expect(found.get(w.a)).toEqual([
        expect.objectContaining({ distributionId: w.distributions[1].distributionId, tierReachable: true }),
      ]);
      expect(found.get(w.b)).toEqual([
        expect.objectContaining({ distributionId: w.distributions[3].distributionId, status: 'Verified' }),
        expect.objectContaining({ distributionId: w.distributions[4].distributionId, tierReachable: true }),
      ]);
    });
  });
}
