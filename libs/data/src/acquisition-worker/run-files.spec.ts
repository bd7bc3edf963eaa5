import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { isComplete, manifestOf, scanRun } from './run-files';
import { acquisitionWorkerSettings } from './worker-settings';

describe('run files', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'custody-run-files-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('is complete with every expected file at its size, or with the sentinel', async () => {
    expect(isComplete(await scanRun(path.join(dir, 'missing')), null)).toBe(false);
    fs.mkdirSync(path.join(dir, 'sub'));
    fs.writeFileSync(path.join(dir, 'sub', 'a'), 'abc');
    const expected = [
      { path: 'sub/a', size: 3 },
      { path: 'b', size: 2 },
    ];
    expect(isComplete(await scanRun(dir), expected)).toBe(false);
    fs.writeFileSync(path.join(dir, 'b'), 'x');
    expect(isComplete(await scanRun(dir), expected)).toBe(false); // present, not yet at its size
    fs.writeFileSync(path.join(dir, 'b'), 'xy');
    expect(isComplete(await scanRun(dir), expected)).toBe(true);
    expect(isComplete(await scanRun(dir), null)).toBe(false);
    fs.writeFileSync(path.join(dir, '.complete'), '');
    expect(isComplete(await scanRun(dir), null)).toBe(true);
  });

  it('counts the run without its sentinel, and any change of size or mtime changes the digest', async () => {
    fs.writeFileSync(path.join(dir, 'a'), 'abc');
    fs.writeFileSync(path.join(dir, '.complete'), '');
    const first = manifestOf(await scanRun(dir));
    expect(first).toMatchObject({ files: 1, bytes: 3 });
    expect(manifestOf(await scanRun(dir))).toEqual(first);
    fs.utimesSync(path.join(dir, 'a'), new Date(2020, 1, 1), new Date(2020, 1, 1));
    const touched = manifestOf(await scanRun(dir));
    expect(touched.digest).not.toBe(first.digest);
    fs.appendFileSync(path.join(dir, 'a'), 'd');
    expect(manifestOf(await scanRun(dir))).toMatchObject({ bytes: 4 });
  });

  it('lists regular files only, links not followed, sorted by path bytewise, from its scanner thread', async () => {
    fs.mkdirSync(path.join(dir, 'b', 'c'), { recursive: true });
    fs.writeFileSync(path.join(dir, 'b', 'c', 'z'), 'zz');
    fs.writeFileSync(path.join(dir, 'B'), 'B');
    fs.writeFileSync(path.join(dir, 'a'), 'a');
    fs.symlinkSync(path.join(dir, 'a'), path.join(dir, 'link'));
    fs.symlinkSync(os.tmpdir(), path.join(dir, 'dir-link'));
    const [one, two] = await Promise.all([scanRun(dir), scanRun(path.join(dir, 'b'))]);
    expect(one.files.map((f) => [f.path, f.size])).toEqual([
      ['B', 1],
      ['a', 1],
      ['b/c/z', 2],
    ]);
    expect(typeof one.files[0].mtimeNs).toBe('bigint');
    expect(two.files.map((f) => f.path)).toEqual(['c/z']);
    expect(await scanRun(path.join(dir, 'a'))).toEqual({ exists: false, files: [] });
  });

  it('reads CUSTODY_WORKER_TIERS, CUSTODY_WORKER_HOST and CUSTODY_ACQUISITION_RESCAN_MS', () => {
    expect(acquisitionWorkerSettings({})).toMatchObject({ tiers: { kind: 'local-file-tiers' }, rescanMs: 5000 });
    expect(
      acquisitionWorkerSettings({
        CUSTODY_WORKER_TIERS: ' staging, 0190a000-0000-7000-8000-0000000000d1 ,,',
        CUSTODY_WORKER_HOST: 'edge-7',
        CUSTODY_ACQUISITION_RESCAN_MS: '250',
      }),
    ).toEqual({
      tiers: { kind: 'listed', names: ['staging', '0190a000-0000-7000-8000-0000000000d1'] },
      host: 'edge-7',
      rescanMs: 250,
    });
    expect(() => acquisitionWorkerSettings({ CUSTODY_ACQUISITION_RESCAN_MS: 'soon' })).toThrow(
      /CUSTODY_ACQUISITION_RESCAN_MS/,
    );
    expect(() => acquisitionWorkerSettings({ CUSTODY_WORKER_HOST: 'edge 7' })).toThrow(/CUSTODY_WORKER_HOST/);
  });
});
