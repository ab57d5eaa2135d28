/**
 * What `npm run load` shows on stderr while it runs: on a terminal, a bar over the input's bytes with
 * messages printed above it; when stderr is a file or a pipe, one progress line every few seconds; in
 * tests (no stream), messages only. Messages (errors, an outage) always appear at once.
 */
import { MultiBar, type SingleBar } from 'cli-progress';
import type { LoadCliIo } from './load.ts';

export interface LoadState {
  bytesDone: number;
  /** Articles written or found unchanged. */
  done: number;
  failed: number;
}

export interface LoadProgress {
  update(state: LoadState): void;
  message(line: string): void;
  stop(): void;
}

const mb = (bytes: number) => (bytes / 1e6).toFixed(1);
const PLAIN_EVERY_MS = 5000;

export function createLoadProgress(io: LoadCliIo, totalBytes: number, now: () => number = () => performance.now()): LoadProgress {
  const started = now();
  const rate = (done: number) => (done / Math.max((now() - started) / 1000, 0.001)).toFixed(0);
  const stream = io.progressStream;
  if (stream?.isTTY) {
    const bars = new MultiBar({
      stream,
      hideCursor: true,
      format: 'load [{bar}] {percentage}% | {mbDone}/{mbTotal} MB | {done} articles | {rate}/s | {failed} failed',
    });
    const bar: SingleBar = bars.create(Math.max(totalBytes, 1), 0, { mbDone: mb(0), mbTotal: mb(totalBytes), done: 0, rate: '0', failed: 0 });
    return {
      update: (s) => bar.update(s.bytesDone, { mbDone: mb(s.bytesDone), done: s.done, rate: rate(s.done), failed: s.failed }),
      message: (line) => {
        bars.log(`${line}\n`);
        bars.update();
      },
      stop: () => bars.stop(),
    };
  }
  if (stream) {
    let last = started;
    let latest: LoadState = { bytesDone: 0, done: 0, failed: 0 };
    let said = '';
    const line = (s: LoadState) => {
      const key = JSON.stringify(s);
      if (key === said) return;
      said = key;
      const pct = totalBytes ? ` (${Math.floor((100 * s.bytesDone) / totalBytes)} %)` : '';
      io.stderr(`load: ${mb(s.bytesDone)} of ${mb(totalBytes)} MB read${pct}, ${s.done} articles loaded (${rate(s.done)}/s), ${s.failed} failed`);
    };
    return {
      update: (s) => {
        latest = s;
        if (now() - last >= PLAIN_EVERY_MS) {
          last = now();
          line(s);
        }
      },
      message: (text) => io.stderr(text),
      stop: () => line(latest),
    };
  }
  return { update: () => {}, message: (text) => io.stderr(text), stop: () => {} };
}
