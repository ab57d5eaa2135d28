/**
 * The synthetic corpus as load plans, extracted on every core with worker threads, and cached on
 * disk (os.tmpdir()) keyed by seed, size and a hash of the extractor's sources and the reference
 * data, so repeated load and API runs do not pay for extraction again while the code is unchanged.
 */
import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, statSync } from 'node:fs';
import { createInterface } from 'node:readline';
import os from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { LoadPlan } from '../../src/core/plan/types.ts';
import { log } from './machine.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
export const CACHE_DIR = join(os.tmpdir(), 'vn-tech-graph-bench');

function filesUnder(dir: string): string[] {
  return readdirSync(dir).sort().flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

/** Changes whenever the extractor, the planner, the generator or the reference data change. */
function codeHash(): string {
  const h = createHash('sha256');
  for (const dir of ['src/core', 'seeds/reference', 'bench/corpus']) {
    for (const f of filesUnder(join(root, dir))) if (!f.endsWith('.test.ts')) h.update(f).update(readFileSync(f));
  }
  return h.digest('hex').slice(0, 16);
}

/**
 * A worker cannot start from a .ts file on Node 20 even with `--import tsx` (the hooks register too
 * late): boot it from a data: URL that registers tsx first, then imports the real module.
 */
function tsWorkerUrl(module: URL): URL {
  const api = import.meta.resolve('tsx/esm/api');
  const code = `import { register } from ${JSON.stringify(api)}; register(); await import(${JSON.stringify(module.href)});`;
  return new URL(`data:text/javascript,${encodeURIComponent(code)}`);
}

export interface PlannedCorpus {
  plans: LoadPlan[];
  bytes: number;
  /** Wall-clock seconds to generate + extract + plan (0 when read from the cache). */
  seconds: number;
  /** Seconds spent in extraction and in planning, summed over the workers' threads (wall clock). */
  extractSeconds: number;
  planSeconds: number;
  cached: boolean;
  /** Hash of the extractor sources the plans were made with, and whether that is the current code. */
  codeHash: string;
  current: boolean;
}

/** Plans are written one per line: a 10k corpus is larger than the longest string V8 can make. */
async function readPlans(file: string): Promise<{ plans: LoadPlan[]; bytes: number; extractSeconds: number; planSeconds: number }> {
  const lines = createInterface({ input: createReadStream(file, 'utf8'), crlfDelay: Infinity });
  type Head = { bytes: number; extractSeconds: number; planSeconds: number };
  let head: Head | null = null;
  const plans: LoadPlan[] = [];
  for await (const line of lines) {
    if (!line) continue;
    if (head === null) head = JSON.parse(line) as Head;
    else plans.push(JSON.parse(line) as LoadPlan);
  }
  if (head === null) throw new Error(`empty plan file ${file}`);
  const h: Head = head;
  return { plans, bytes: h.bytes, extractSeconds: h.extractSeconds, planSeconds: h.planSeconds };
}

async function writePlans(file: string, head: { bytes: number; extractSeconds: number; planSeconds: number }, plans: readonly LoadPlan[]): Promise<void> {
  const out = createWriteStream(`${file}.part`, 'utf8');
  const write = (line: string) => new Promise<void>((resolve, reject) => (out.write(`${line}\n`, (e) => (e ? reject(e) : resolve()))));
  await write(JSON.stringify(head));
  for (const p of plans) await write(JSON.stringify(p));
  await new Promise<void>((resolve) => out.end(resolve));
  renameSync(`${file}.part`, file);
}

export async function planCorpus(size: number, seed: string, opts: { workers?: number; useCache?: boolean } = {}): Promise<PlannedCorpus> {
  const hash = codeHash();
  let file = join(CACHE_DIR, `plans-${seed}-${size}-${hash}.jsonl`);
  // BENCH_PLANS=any: reuse the newest plans of this corpus even if the extractor changed since
  // (for timing the load while others edit src/core; the results record that they were reused).
  if (!existsSync(file) && process.env['BENCH_PLANS'] === 'any' && existsSync(CACHE_DIR)) {
    const prefix = `plans-${seed}-${size}-`;
    const newest = readdirSync(CACHE_DIR).filter((f) => f.startsWith(prefix) && f.endsWith('.jsonl')).map((f) => join(CACHE_DIR, f)).sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs)[0];
    if (newest) file = newest;
  }
  if (opts.useCache !== false && existsSync(file)) {
    log(`plans for ${size} articles from cache ${file}`);
    const cached = await readPlans(file);
    return { ...cached, seconds: 0, cached: true, codeHash: file.slice(-22, -6), current: file.includes(hash) };
  }
  const workers = Math.max(1, opts.workers ?? os.cpus().length);
  log(`extracting and planning ${size} articles on ${workers} worker threads…`);
  const t0 = Date.now();
  const parts = await Promise.all(Array.from({ length: workers }, (_, w) => new Promise<{ plans: { index: number; plan: LoadPlan }[]; bytes: number; extractSeconds: number; planSeconds: number }>((resolve, reject) => {
    const worker = new Worker(tsWorkerUrl(new URL('./plan-worker.ts', import.meta.url)), { workerData: { seed, from: w, to: size, stride: workers } });
    worker.once('message', resolve);
    worker.once('error', reject);
    worker.once('exit', (code) => code !== 0 && reject(new Error(`plan worker exited with ${code}`)));
  })));
  const plans = parts.flatMap((p) => p.plans).sort((a, b) => a.index - b.index).map((p) => p.plan);
  const bytes = parts.reduce((s, p) => s + p.bytes, 0);
  const extractSeconds = parts.reduce((s, p) => s + p.extractSeconds, 0);
  const planSeconds = parts.reduce((s, p) => s + p.planSeconds, 0);
  const seconds = (Date.now() - t0) / 1000;
  log(`planned ${size} articles in ${seconds.toFixed(1)} s (thread time: extract ${extractSeconds.toFixed(1)} s, plan ${planSeconds.toFixed(1)} s)`);
  mkdirSync(CACHE_DIR, { recursive: true });
  await writePlans(file, { bytes, extractSeconds, planSeconds }, plans);
  return { plans, bytes, seconds, extractSeconds, planSeconds, cached: false, codeHash: hash, current: true };
}
