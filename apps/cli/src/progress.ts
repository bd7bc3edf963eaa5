import { SingleBar } from 'cli-progress';

/** Where progress goes: stderr, so stdout keeps only the answer (pipeable). */
export interface ProgressSink {
  readonly isTTY?: boolean;
  write(text: string): unknown;
}

export function formatBytes(bytes: number): string {
  const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return unit === 0 ? `${value} B` : `${value.toFixed(1)} ${units[unit]}`;
}

function formatSeconds(seconds: number): string {
  if (!Number.isFinite(seconds) || seconds < 0) return '--';
  if (seconds < 60) return `${Math.round(seconds)}s`;
  const m = Math.floor(seconds / 60);
  return m < 60 ? `${m}m${String(Math.round(seconds % 60)).padStart(2, '0')}s` : `${Math.floor(m / 60)}h${m % 60}m`;
}

export interface Progress {
  /** Moves the bar to `done` of `total` (total may be learned late); `extra` is shown after the figures. */
  update(done: number, total?: number, extra?: string): void;
  stop(finalLine?: string): void;
}

/**
 * A byte (or file) progress bar: cli-progress on a terminal; on anything else one plain line at most every
 * two seconds and at the end, so logs of scripted runs stay readable.
 */
export function createProgress(
  sink: ProgressSink | undefined,
  label: string,
  unit: 'bytes' | 'files',
  now: () => number = Date.now,
): Progress {
  if (!sink) return { update: () => undefined, stop: () => undefined };
  const started = now();
  const show = (n: number) => (unit === 'bytes' ? formatBytes(n) : `${n} files`);
  const figures = (done: number, total: number | undefined) => {
    const seconds = (now() - started) / 1000;
    const rate = seconds > 0 ? done / seconds : 0;
    const eta = total && rate > 0 ? (total - done) / rate : NaN;
    return {
      done: show(done),
      total: total === undefined ? '?' : show(total),
      rate: unit === 'bytes' ? `${formatBytes(rate)}/s` : `${rate.toFixed(1)} files/s`,
      eta: formatSeconds(eta),
    };
  };
  if (sink.isTTY) {
    const bar = new SingleBar({
      format: `${label} [{bar}] {percentage}% | {doneText} / {totalText} | {rate} | ETA {etaText} {extra}`,
      barCompleteChar: '=',
      barIncompleteChar: ' ',
      hideCursor: true,
      stream: sink as NodeJS.WritableStream,
      noTTYOutput: false,
      etaBuffer: 50,
      fps: 10,
    });
    let startedBar = false;
    return {
      update(done, total, extra = '') {
        const f = figures(done, total);
        const payload = { doneText: f.done, totalText: f.total, rate: f.rate, etaText: f.eta, extra };
        if (!startedBar) {
          bar.start(total ?? Math.max(done, 1), done, payload);
          startedBar = true;
        } else {
          if (total !== undefined) bar.setTotal(total);
          bar.update(done, payload);
        }
      },
      stop(finalLine) {
        if (startedBar) bar.stop();
        if (finalLine) sink.write(`${finalLine}\n`);
      },
    };
  }
  let lastLine = 0;
  let last: { done: number; total?: number; extra: string } | undefined;
  const line = (done: number, total: number | undefined, extra: string) => {
    const f = figures(done, total);
    const pct = total ? ` ${Math.floor((done / total) * 100)}%` : '';
    sink.write(`${label}${pct} ${f.done} / ${f.total} ${f.rate} ETA ${f.eta}${extra ? ` ${extra}` : ''}\n`);
  };
  return {
    update(done, total, extra = '') {
      last = { done, total, extra };
      if (now() - lastLine >= 2000) {
        lastLine = now();
        line(done, total, extra);
      }
    },
    stop(finalLine) {
      if (last && lastLine !== 0 && now() - lastLine > 0) line(last.done, last.total, last.extra);
      if (finalLine) sink.write(`${finalLine}\n`);
    },
  };
}
