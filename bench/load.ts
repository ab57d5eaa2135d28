/**
 * `npm run bench:load [-- --size 10000 --runs 1 --warmup 1000 --concurrency N --per-tx N --keep]`: generates
 * the synthetic corpus, extracts and plans it (worker threads, cached), then into the bench Neo4j: a
 * warm-up load of the first `--warmup` articles (not timed: a Neo4j that has just started spends tens
 * of CPU-seconds compiling its hot code, once per start, on the same two cores), then per run: empty
 * graph, first load with `loadArticles`, re-load of the same plans. Reports articles/s and facts/s for both
 * and checks that the re-load changed nothing (node and relationship counts by label and type).
 * Target (DESIGN.md): 10,000 articles in under 60 s; the re-load no slower and changing nothing.
 */
import type { Driver } from 'neo4j-driver';
import { pathToFileURL } from 'node:url';
import { rmSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { helpAndExit } from './lib/help.ts';
import type { LoadPlan } from '../src/core/plan/types.ts';
import { DEFAULT_ARTICLES_PER_TRANSACTION, DEFAULT_CONCURRENCY } from '../src/graph/load/defaults.ts';
import { loadArticles } from '../src/graph/load/load-articles.ts';
import { loadSectors } from '../src/graph/load/load-sectors.ts';
import { readReference } from '../src/io/read-reference.ts';
import { stopLocalNeo4j } from '../src/local-neo4j/local-server.ts';
import type { LocalNeo4jConfig } from '../src/config.ts';
import { instancePaths } from '../src/local-neo4j/paths.ts';
import { DEFAULT_SEED } from './corpus/generate.ts';
import { BENCH_NEO4J, emptyGraph, graphSize, settleGraph, startBenchGraph, type BenchGraph, type GraphSize } from './lib/graph.ts';
import { loadAverage, log } from './lib/machine.ts';
import { planCorpus } from './lib/plan-corpus.ts';
import { summarize, type Summary } from './lib/stats.ts';
import { threadCpu } from './lib/thread-cpu.ts';

export const LOAD_TARGET_SECONDS_10K = 60;

export interface LoadPass {
  seconds: number;
  articlesPerSecond: number;
  factsPerSecond: number;
  loaded: number;
  unchanged: number;
  failed: number;
}

export interface LoadFigures {
  size: number;
  megabytes: number;
  /** Actors + sectors + pledges + relations + evidence rows in the plans. */
  facts: number;
  planning: { seconds: number; extractThreadSeconds: number; planThreadSeconds: number; cached: boolean; codeHash: string; current: boolean };
  first: { seconds: Summary; articlesPerSecond: Summary; factsPerSecond: Summary; runs: LoadPass[] };
  reload: { seconds: Summary; articlesPerSecond: Summary; factsPerSecond: Summary; runs: LoadPass[] };
  graph: GraphSize;
  reloadChangedNothing: boolean;
  concurrency: number;
  articlesPerTransaction: number;
  /** Articles loaded (and emptied again) before the timed runs; its time, for the record. */
  warmup: { articles: number; seconds: number };
  loadAverage: number[];
}

export const DEFAULT_LOAD_WARMUP = 1000;

export const factsOf = (plans: readonly LoadPlan[]) =>
  plans.reduce((n, p) => n + p.actors.length + p.sectors.length + p.pledges.length + p.relations.length + p.evidence.length, 0);

async function pass(driver: Driver, plans: readonly LoadPlan[], facts: number, concurrency: number, label: string, articlesPerTransaction: number): Promise<LoadPass> {
  const leftover = await settleGraph(driver);
  if (leftover) log(`${label}: terminated ${leftover} transactions an earlier run left running`);
  let lastLog = Date.now();
  const t0 = process.hrtime.bigint();
  const result = await loadArticles(driver, plans, {
    concurrency,
    articlesPerTransaction,
    onProgress: ({ done, total, failed }) => {
      if (Date.now() - lastLog > 10_000) {
        lastLog = Date.now();
        log(`${label}: ${done}/${total}${failed ? ` (${failed} failed)` : ''}`);
      }
    },
  });
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  if (result.failures.length) log(`${label}: ${result.failures.length} failures, first: ${result.failures[0]!.error}`);
  return {
    seconds,
    articlesPerSecond: plans.length / seconds,
    factsPerSecond: facts / seconds,
    loaded: result.loaded,
    unchanged: result.unchanged,
    failed: result.failures.length,
  };
}

const sameSize = (a: GraphSize, b: GraphSize) => JSON.stringify(a) === JSON.stringify(b);

/** Loads `size` articles into an emptied graph `runs` times; the graph is left loaded after the last run. */
export async function runLoadBench(driver: Driver, opts: { size: number; runs: number; warmup?: number; concurrency?: number; articlesPerTransaction?: number; seed?: string }): Promise<LoadFigures> {
  const reference = await readReference();
  const planned = await planCorpus(opts.size, opts.seed ?? DEFAULT_SEED);
  const facts = factsOf(planned.plans);
  const concurrency = opts.concurrency ?? DEFAULT_CONCURRENCY;
  const perTransaction = opts.articlesPerTransaction ?? DEFAULT_ARTICLES_PER_TRANSACTION;
  const firsts: LoadPass[] = [];
  const reloads: LoadPass[] = [];
  let graph: GraphSize | null = null;
  let unchangedEverywhere = true;
  const warmupPlans = planned.plans.slice(0, opts.warmup ?? DEFAULT_LOAD_WARMUP);
  let warmupSeconds = 0;
  if (warmupPlans.length) {
    log(`load ${opts.size}: warm-up with ${warmupPlans.length} articles (not timed)`);
    await emptyGraph(driver);
    warmupSeconds = (await pass(driver, warmupPlans, factsOf(warmupPlans), concurrency, 'warm-up', perTransaction)).seconds;
  }
  for (let r = 0; r < opts.runs; r++) {
    log(`load ${opts.size}: run ${r + 1}/${opts.runs}: emptying the graph`);
    await emptyGraph(driver);
    const session = driver.session();
    try {
      await session.executeWrite((tx) => loadSectors(tx, reference));
    } finally {
      await session.close();
    }
    const first = await pass(driver, planned.plans, facts, concurrency, 'first load', perTransaction);
    const afterFirst = await graphSize(driver);
    log(`first load: ${first.seconds.toFixed(1)} s, ${first.articlesPerSecond.toFixed(0)} articles/s, ${first.factsPerSecond.toFixed(0)} facts/s; graph ${afterFirst.nodes} nodes, ${afterFirst.relationships} relationships`);
    const again = await pass(driver, planned.plans, facts, concurrency, 're-load', perTransaction);
    const afterReload = await graphSize(driver);
    const same = sameSize(afterFirst, afterReload);
    unchangedEverywhere &&= same && again.loaded === 0;
    log(`re-load: ${again.seconds.toFixed(1)} s (${again.unchanged} unchanged, ${again.loaded} rewritten); graph ${same ? 'unchanged' : 'CHANGED'}`);
    firsts.push(first);
    reloads.push(again);
    graph = afterReload;
  }
  const sum = (passes: LoadPass[]) => ({
    seconds: summarize(passes.map((p) => p.seconds)),
    articlesPerSecond: summarize(passes.map((p) => p.articlesPerSecond)),
    factsPerSecond: summarize(passes.map((p) => p.factsPerSecond)),
    runs: passes,
  });
  return {
    size: opts.size,
    megabytes: Number((planned.bytes / 1e6).toFixed(2)),
    facts,
    planning: {
      seconds: planned.seconds, extractThreadSeconds: planned.extractSeconds, planThreadSeconds: planned.planSeconds,
      cached: planned.cached, codeHash: planned.codeHash, current: planned.current,
    },
    first: sum(firsts),
    reload: sum(reloads),
    graph: graph!,
    reloadChangedNothing: unchangedEverywhere,
    concurrency,
    articlesPerTransaction: perTransaction,
    warmup: { articles: warmupPlans.length, seconds: warmupSeconds },
    loadAverage: loadAverage(),
  };
}

export type ColdLoadFigures = LoadFigures & { gc: NonNullable<LocalNeo4jConfig['gc']>; neo4jThreadCpuSeconds: ReturnType<typeof threadCpu> };

/** Stops the bench Neo4j and deletes its store, so the next start is a user's first: new store, cold JVM. */
export async function freshBenchStore(): Promise<void> {
  if (await stopLocalNeo4j(BENCH_NEO4J)) log('cold: stopped the running bench Neo4j');
  rmSync(instancePaths(BENCH_NEO4J.instance).data, { recursive: true, force: true });
  log('cold: deleted its store');
}

/**
 * A user's first load into a Neo4j this process has just started on a new store, no warm-up; with
 * the JVM's CPU by thread group since it started (start-up and migrations included).
 */
export async function runColdLoad(graph: BenchGraph, opts: { size: number; gc?: LocalNeo4jConfig['gc']; concurrency?: number; articlesPerTransaction?: number }): Promise<ColdLoadFigures> {
  const f = await runLoadBench(graph.driver, { size: opts.size, runs: 1, warmup: 0, concurrency: opts.concurrency, articlesPerTransaction: opts.articlesPerTransaction });
  const neo4jThreadCpuSeconds = threadCpu(graph.pid);
  if (neo4jThreadCpuSeconds) log(`cold: Neo4j CPU-s since start by thread group ${JSON.stringify(neo4jThreadCpuSeconds)}`);
  return { ...f, gc: opts.gc ?? 'g1', neo4jThreadCpuSeconds };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { values } = parseArgs({
    options: {
      size: { type: 'string', default: '10000' }, runs: { type: 'string', default: '1' }, warmup: { type: 'string', default: String(DEFAULT_LOAD_WARMUP) },
      concurrency: { type: 'string' }, 'per-tx': { type: 'string' }, keep: { type: 'boolean', default: false }, cold: { type: 'boolean', default: false }, gc: { type: 'string' }, help: { type: 'boolean', short: 'h' },
    },
  });
  helpAndExit(values.help, `Usage: npm run bench:load [-- options]

Loads the synthetic corpus into the bench Neo4j (instance 'bench', port ${BENCH_NEO4J.port}): a warm-up load
(not timed), then per run an emptied graph, a first load and a re-load that must change nothing.
JSON figures on stdout, progress on stderr.

  --size N         articles in the corpus (default 10000; target: 10000 in < ${LOAD_TARGET_SECONDS_10K} s)
  --runs N         timed runs (default 1)
  --warmup N       articles loaded before the timed runs, 0 for none (default ${DEFAULT_LOAD_WARMUP})
  --concurrency N  transactions at once (default ${DEFAULT_CONCURRENCY})
  --per-tx N       articles per transaction (default ${DEFAULT_ARTICLES_PER_TRANSACTION})
  --cold           as a user's first load: stop the bench Neo4j, delete its store, start it afresh and
                   load with no warm-up; reports the JVM's CPU by thread group (Bolt, JIT, GC)
  --gc g1|parallel the JVM's collector when this run starts the bench Neo4j (default g1; with --cold)
  --keep           leave the bench Neo4j running afterwards
  -h, --help       this help`);
  if (values.gc !== undefined && values.gc !== 'g1' && values.gc !== 'parallel') {
    process.stderr.write(`bench:load: --gc must be g1 or parallel, not ${values.gc}\n`);
    process.exit(2);
  }
  if (values.cold) await freshBenchStore();
  const gc = values.gc as LocalNeo4jConfig['gc'];
  const graph = await startBenchGraph({ detached: values.keep, gc });
  try {
    const tuning = { concurrency: values.concurrency ? Number(values.concurrency) : undefined, articlesPerTransaction: values['per-tx'] ? Number(values['per-tx']) : undefined };
    const f = values.cold
      ? await runColdLoad(graph, { size: Number(values.size), gc, ...tuning })
      : await runLoadBench(graph.driver, { size: Number(values.size), runs: Number(values.runs), warmup: Number(values.warmup), ...tuning });
    const target = f.size === 10_000 ? ` — target < ${LOAD_TARGET_SECONDS_10K} s ${f.first.seconds.median < LOAD_TARGET_SECONDS_10K ? 'met' : 'MISSED'}` : '';
    log(`${f.size} articles: first load ${f.first.seconds.median} s${target}; re-load ${f.reload.seconds.median} s; re-load changed nothing: ${f.reloadChangedNothing}`);
    process.stdout.write(`${JSON.stringify({ load: { ...f, cold: values.cold } }, null, 2)}\n`);
  } finally {
    if (values.keep) await graph.driver.close();
    else await graph.stop();
  }
}
