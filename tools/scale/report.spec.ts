import fc from 'fast-check';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Random, digestTreeOnDisk, planTree, treeDigestOf, writeTree } from './load';
import { MaterializationFact, ScaleFacts, buildReport, percentile } from './report';

const base: ScaleFacts = {
  hosts: 2,
  materializations: [],
  acquisitions: [],
  duplicateDistributions: [],
  acceptedWithoutStream: 0,
  internalErrors: [],
  chaos: { workerKills: 3, workerRestarts: 3, apiRestarts: 1, postgresRestarts: 1, unexpectedExits: 0 },
  startedAt: 1_000,
  finishedAt: 11_000,
};

const verified = (id: string, submittedAt: number, pickedUpAt: number, verifiedAt: number): MaterializationFact => ({
  materializationId: id,
  submittedAt,
  pickedUpAt,
  verifiedAt,
  terminal: 'Verified',
  byteSize: 1024 * 1024,
  copyMatches: true,
});

describe('scale report', () => {
  it('passes when every job ended cleanly, with nearest-rank percentiles and throughput', () => {
    const report = buildReport({
      ...base,
      materializations: [verified('a', 1_000, 1_100, 2_000), verified('b', 1_000, 1_300, 3_000)],
      acquisitions: [{ acquisitionId: 'q', state: 'cleared', error: null }],
    });
    expect(report.failures).toEqual([]);
    expect(report.latencyMs.submitToPickup).toEqual({ p50: 100, p99: 300 });
    expect(report.latencyMs.submitToVerified).toEqual({ p50: 1000, p99: 2000 });
    expect(report.throughput).toEqual({ verifiedPerSecond: 1, mebibytesPerSecond: 1 });
    expect(report.acquisitions).toMatchObject({ registered: 1, cleared: 1, unfinished: 0 });
  });

  it('fails on a duplicate, a lost job, an unfinished acquisition, a differing copy or a 500', () => {
    const report = buildReport({
      ...base,
      materializations: [
        { ...verified('a', 0, 1, 2), copyMatches: false },
        { materializationId: 'b', submittedAt: 0, byteSize: 1 },
      ],
      acquisitions: [
        { acquisitionId: 'q', state: 'sync_queued', error: null },
        { acquisitionId: 'r', state: 'complete', error: { code: 'AcquisitionFilesChanged', detail: 'x' } },
      ],
      duplicateDistributions: [{ datasetId: 'd', tierId: 't', count: 2 }],
      acceptedWithoutStream: 1,
      internalErrors: ['POST /v1/datasets: 500'],
    });
    expect(report.invariants).toEqual({
      duplicateDistributions: 1,
      lostJobs: 3,
      copiesDiffering: 1,
      internalErrors: 1,
    });
    expect(report.acquisitions.stopped).toEqual([
      { acquisitionId: 'r', state: 'complete', code: 'AcquisitionFilesChanged', detail: 'x' },
    ]);
    expect(report.failures).toHaveLength(4);
  });

  it('measures the burst apart from the probes, and the probes whose host was serving apart from the others', () => {
    const probe = (id: string, pickup: number, hostInterrupted: boolean): MaterializationFact => ({
      ...verified(id, 10_000, 10_000 + pickup, 12_000 + pickup),
      probe: { hostInterrupted },
    });
    const report = buildReport({
      ...base,
      materializations: [
        verified('burst', 1_000, 41_000, 42_000),
        probe('p1', 80, false),
        probe('p2', 120, false),
        probe('p3', 7_000, true),
        { materializationId: 'lost', submittedAt: 0, byteSize: 1 },
      ],
    });
    expect(report.latencyMs.submitToPickup).toEqual({ p50: 40_000, p99: 40_000 });
    expect(report.latencyMs.pickupAtSustainableRate).toEqual({
      probes: 3,
      p50: 120,
      p99: 7_000,
      hostServing: { count: 2, p50: 80, p99: 120 },
      hostRestarting: { count: 1, max: 7_000 },
    });
    expect(report.materializations.unfinishedIds).toEqual(['lost']);
    expect(report.invariants.lostJobs).toBe(1);
  });

  it('a materialization not terminal with a job still queued is late, not lost, and still fails the run', () => {
    const report = buildReport({
      ...base,
      materializations: [
        verified('a', 0, 1, 2),
        { materializationId: 'late', submittedAt: 0, byteSize: 1, stillQueued: true },
      ],
    });
    expect(report.invariants.lostJobs).toBe(0);
    expect(report.materializations.stillQueued).toBe(1);
    expect(report.failures).toEqual([
      '1 materializations still queued at the deadline (not lost: the facility did not keep up)',
    ]);
  });

  it('percentile is a sample, at least as large as the p-th share of the samples', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 1e6 }), { minLength: 1 }),
        fc.integer({ min: 1, max: 100 }),
        (xs, p) => {
          const v = percentile(xs, p)!;
          expect(xs).toContain(v);
          expect(xs.filter((x) => x <= v).length / xs.length).toBeGreaterThanOrEqual(p / 100);
        },
      ),
    );
    expect(percentile([], 50)).toBeNull();
  });

  it('plans 1–50 files of 1 KiB–1 MiB and reads back the sha256-tree it wrote', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2 ** 31 }), (seed) => {
        const plan = planTree(new Random(seed));
        expect(plan.length).toBeGreaterThanOrEqual(1);
        expect(plan.length).toBeLessThanOrEqual(50);
        for (const f of plan) {
          expect(f.size).toBeGreaterThanOrEqual(1024);
          expect(f.size).toBeLessThanOrEqual(1 << 20);
        }
      }),
    );
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'custody-scale-tree-'));
    try {
      const tree = writeTree(dir, [
        { path: 'b.bin', size: 1024 },
        { path: 'sub/a.bin', size: 2048 },
      ]);
      expect(digestTreeOnDisk(dir)).toEqual({ treeDigest: tree.treeDigest, byteSize: 3072 });
      fs.appendFileSync(path.join(dir, 'b.bin'), 'x');
      expect(digestTreeOnDisk(dir)?.treeDigest).not.toBe(tree.treeDigest);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('sha256-tree sorts lines by path bytes (API.md), whatever order the files come in', () => {
    const e3b = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';
    const files = [
      { path: 'b', sha256: e3b },
      { path: 'a/c', sha256: e3b },
    ];
    expect(treeDigestOf(files)).toBe(treeDigestOf([...files].reverse()));
  });
});
