import fc from 'fast-check';
import { given } from '@custody/kernel';
import { InMemoryDatasetDistributionLookup, LookupWorld } from '@custody/ports';
import { MethodEvent } from '../../aggregates/method/method.events';
import { evolveMethod } from '../../aggregates/method/method.evolve';
import { MethodState, initialMethodState } from '../../aggregates/method/method.state';
import { RunEvent } from '../../aggregates/run/run.events';
import { GateCopy } from '../../aggregates/run/run.gate';
import { startRunDecider } from './start-run.decider';

const at = '2026-01-01T00:00:00.000Z';
const runId = '0190a000-0000-7000-8000-0000000000b1';
const methodId = '0190a000-0000-7000-8000-0000000000a1';
const [d1, d2, d3] = [
  '0190a000-0000-7000-8000-0000000000d1',
  '0190a000-0000-7000-8000-0000000000d2',
  '0190a000-0000-7000-8000-0000000000d3',
];
const [fast, archive] = ['0190a000-0000-7000-8000-0000000000f1', '0190a000-0000-7000-8000-0000000000f2'];
const registered: MethodEvent = {
  type: 'MethodRegistered',
  data: { methodId, name: 'reconstruction', neededInputKinds: [], parametersSchema: null, registeredAt: at },
};
const method: MethodState = evolveMethod(initialMethodState, registered);
const copy = (n: number, status: GateCopy['status'], tierReachable: boolean, tierId = fast): GateCopy => ({
  distributionId: `0190a000-0000-7000-8000-0000000000c${n}`,
  tierId,
  status,
  tierReachable,
});
const command = (inputDatasetIds: string[], parameters: Record<string, unknown> = {}) => ({
  runId,
  methodId,
  inputDatasetIds,
  parameters,
});
const context = (copies: [string, GateCopy[]][]) => ({ method, parameterErrors: [], copies: new Map(copies) });

describe('start run', () => {
  it('starts on inputs with a Verified reachable copy, recording the first such copy of each', () => {
    const expected: RunEvent = {
      type: 'RunStarted',
      data: {
        runId,
        methodId,
        inputDatasetIds: [d2, d1],
        parameters: { voxel: 1 },
        inputCopies: [
          { datasetId: d2, distributionId: copy(3, 'Verified', true).distributionId, tierId: fast },
          { datasetId: d1, distributionId: copy(2, 'Verified', true).distributionId, tierId: fast },
        ],
        startedAt: at,
      },
    };
    given(startRunDecider, [])
      .when(
        command([d2, d1], { voxel: 1 }),
        context([
          [d1, [copy(1, 'Verified', false, archive), copy(2, 'Verified', true), copy(9, 'Verified', true)]],
          [d2, [copy(4, 'Stale', true), copy(3, 'Verified', true)]],
        ]),
      )
      .then([expected]);
  });

  it('starts a run without inputs', () => {
    const outcome = given(startRunDecider, []).when(command([]), context([])).outcome;
    expect('events' in outcome && outcome.events[0].data).toMatchObject({ inputDatasetIds: [], inputCopies: [] });
  });

  it('refuses in order: MethodNotFound, invalid parameters, not verified, not reachable', () => {
    const failing = context([[d1, [copy(1, 'Registered', true)]]]);
    given(startRunDecider, [])
      .when(command([d1]), {
        ...failing,
        method: initialMethodState,
        parameterErrors: [{ path: 'parameters', message: 'x' }],
      })
      .thenFails('MethodNotFound');
    const invalid = given(startRunDecider, [])
      .when(command([d1]), { ...failing, parameterErrors: [{ path: 'parameters.voxel', message: 'must be number' }] })
      .thenFails('ValidationFailed');
    expect(invalid.errors).toEqual([{ path: 'parameters.voxel', message: 'must be number' }]);
    given(startRunDecider, [])
      .when(command([d1]), failing)
      .thenFails('RunInputNotVerified');
  });

  it('reports not-verified before not-reachable, naming the smallest failing dataset', () => {
    const ctx = context([
      [d1, [copy(1, 'Verified', false)]],
      [d2, [copy(2, 'Verified', true)]],
      [d3, [copy(3, 'Stale', true)]],
    ]);
    const notVerified = given(startRunDecider, [])
      .when(command([d1, d2, d3]), ctx)
      .thenFails('RunInputNotVerified');
    expect(notVerified.message).toContain(d3);
    const notReachable = given(startRunDecider, [])
      .when(command([d2, d1]), ctx)
      .thenFails('RunInputNotReachable');
    expect(notReachable.message).toContain(d1);
  });

  it('counts an unknown dataset as not verified', () => {
    const error = given(startRunDecider, [])
      .when(command([d2, d1]), context([[d1, [copy(1, 'Verified', true)]]]))
      .thenFails('RunInputNotVerified');
    expect(error.message).toContain(d2);
  });

  describe('the gate against a plain reference, over random worlds', () => {
    type Status = 'Registered' | 'Verified' | 'Stale' | 'Discarded';
    const datasetIds = Array.from(
      { length: 8 },
      (_, i) => `0190a000-0000-7000-8000-0000000001${i.toString(16).padStart(2, '0')}`,
    );
    const tierIds = [
      '0190a000-0000-7000-8000-0000000002f1',
      '0190a000-0000-7000-8000-0000000002f2',
      '0190a000-0000-7000-8000-0000000002f3',
    ];
    const world = fc.record({
      reachable: fc.tuple(fc.boolean(), fc.boolean(), fc.boolean()),
      copies: fc.array(
        fc.record({
          dataset: fc.nat({ max: 7 }),
          tier: fc.nat({ max: 2 }),
          status: fc.constantFrom<Status>('Registered', 'Verified', 'Stale', 'Discarded'),
        }),
        { maxLength: 20 },
      ),
      // Inputs may name datasets that were never registered (no copies at all).
      inputs: fc.uniqueArray(fc.nat({ max: 7 }), { maxLength: 8 }),
    });

    type World = typeof world extends fc.Arbitrary<infer T> ? T : never;

    /** The rule written out the plainest way, straight from the issue. */
    function reference(w: World) {
      const inputs = w.inputs.map((i) => datasetIds[i]).sort();
      const live = (id: string) => w.copies.filter((c) => datasetIds[c.dataset] === id && c.status !== 'Discarded');
      for (const id of inputs) {
        if (!live(id).some((c) => c.status === 'Verified')) return { code: 'RunInputNotVerified', datasetId: id };
      }
      for (const id of inputs) {
        if (!live(id).some((c) => c.status === 'Verified' && w.reachable[c.tier])) {
          return { code: 'RunInputNotReachable', datasetId: id };
        }
      }
      return { code: 'started', datasetId: null };
    }

    it('agrees on the code and the dataset named, and a started run records a Verified reachable copy of each input', async () => {
      await fc.assert(
        fc.asyncProperty(world, async (w) => {
          const lookupWorld: LookupWorld = {
            tiers: tierIds.map((tierId, i) => ({ tierId, reachable: w.reachable[i] })),
            datasets: datasetIds.map((datasetId) => ({ datasetId })),
            distributions: w.copies.map((c, i) => ({
              distributionId: `0190a000-0000-7000-8000-${(0x300 + i).toString(16).padStart(12, '0')}`,
              datasetId: datasetIds[c.dataset],
              tierId: tierIds[c.tier],
              uri: `file:///data/${i}`,
              status: c.status,
            })),
          };
          const inputs = w.inputs.map((i) => datasetIds[i]);
          const copies = await new InMemoryDatasetDistributionLookup(lookupWorld).findByDatasets(inputs);
          const outcome = given(startRunDecider, []).when(command(inputs), {
            method,
            parameterErrors: [],
            copies,
          }).outcome;
          const expected = reference(w);
          if ('error' in outcome) {
            return (
              outcome.error.code === expected.code && outcome.error.message.includes(expected.datasetId ?? '\u0000')
            );
          }
          if (expected.code !== 'started') return false;
          const started = outcome.events[0];
          if (started.type !== 'RunStarted') return false;
          return (
            started.data.inputCopies.length === inputs.length &&
            started.data.inputCopies.every((ic, i) => {
              const chosen = lookupWorld.distributions.find((d) => d.distributionId === ic.distributionId);
              return (
                ic.datasetId === inputs[i] &&
                chosen?.datasetId === inputs[i] &&
                chosen.status === 'Verified' &&
                w.reachable[tierIds.indexOf(chosen.tierId)] &&
                ic.tierId === chosen.tierId
              );
            })
          );
        }),
        { numRuns: 500 },
      );
    });
  });
});
