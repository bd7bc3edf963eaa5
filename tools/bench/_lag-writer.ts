/**
 * The writer process of `npm run bench -- projection-lag` (its own process, as an API would be): appends one
 * event per call through the real EventStore at BENCH_EVENTS_PER_SECOND for BENCH_SECONDS, then prints one line
 * per committed event, `<streamId>:<version> <epoch ms when append returned>`, and a last line `done <sent>
 * <skipped> <elapsed s>`.
 */
import { performance } from 'node:perf_hooks';
import { EventStore, PlatformMetrics, createDataSource } from '@custody/platform';
import { pace, positiveInt } from './_stack';

const STREAMS = 100;

async function main(): Promise<void> {
  const url = process.env.BENCH_DATABASE_URL;
  if (!url) throw new Error('BENCH_DATABASE_URL is required');
  const perSecond = positiveInt('BENCH_EVENTS_PER_SECOND', 500);
  const seconds = positiveInt('BENCH_SECONDS', 60);
  const dataSource = createDataSource(url, [], 20);
  await dataSource.initialize();
  const store = new EventStore(dataSource, new PlatformMetrics());
  const versions = new Map<string, number>();
  const committed: string[] = [];
  let n = 0;
  const now = () => performance.timeOrigin + performance.now();
  const started = performance.now();
  const writes = pace(perSecond, async () => {
    const streamId = `lag-${n++ % STREAMS}`;
    const version = (versions.get(streamId) ?? 0) + 1;
    versions.set(streamId, version);
    await store.append([
      {
        streamType: 'bench.lag',
        streamId,
        expectedVersion: version - 1,
        events: [{ type: 'BenchLagSampled', data: { n } }],
      },
    ]);
    committed.push(`${streamId}:${version} ${now()}`);
  });
  await new Promise((resolve) => setTimeout(resolve, seconds * 1000));
  const { sent, failed, skipped, firstError } = await writes.stop();
  const elapsed = (performance.now() - started) / 1000;
  await dataSource.destroy();
  if (failed > 0) throw new Error(`${failed} appends failed (first: ${firstError})`);
  // A pipe is written asynchronously: exit only once every line is out.
  await new Promise<void>((resolve) =>
    process.stdout.write(`${committed.join('\n')}\ndone ${sent} ${skipped} ${elapsed}\n`, () => resolve()),
  );
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(`lag writer failed: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
