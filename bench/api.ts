/**
 * `npm run bench:api [-- --size 1000 --runs 1 --seconds 10 --warmup 3 --connections 50 --shapes paths --keep]`:
 * loads the synthetic corpus into the bench Neo4j when the graph does not already hold exactly that
 * corpus, then, for each query shape, asks our API, the @neo4j/graphql baseline and the raw-Cypher
 * floor (three child processes) in turn, rotating the order every round, with autocannon from this
 * process on loopback. Reports requests/s and p50/p95/p99 per shape and target, and the ratios.
 * Target (DESIGN.md): at 10k articles, p95 < 25 ms for partners, pledges-by-sector and paths, and
 * more requests/s than @neo4j/graphql on every shape.
 */
import type { Driver } from 'neo4j-driver';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { helpAndExit } from './lib/help.ts';
import { graphSize, settleGraph, startBenchGraph, type GraphSize } from './lib/graph.ts';
import { loadAverage, log } from './lib/machine.ts';
import { summarize, type Summary } from './lib/stats.ts';
import { checkOnce, runLoad, type LoadRun } from './api/load-generator.ts';
import { onSignalExit, startServer, type RunningServer, type Runtime, type Target } from './api/servers.ts';
import { buildShapes, pickSubjects, type Subjects } from './api/shapes.ts';
import { articleId } from '../src/core/article-id.ts';
import { readReference } from '../src/io/read-reference.ts';
import { DEFAULT_SEED, generateCorpus } from './corpus/generate.ts';
import { runLoadBench, type LoadFigures } from './load.ts';

export const P95_TARGET_MS = 25;
export const P95_TARGET_SHAPES = ['partners', 'pledges-by-sector', 'paths'];
const TARGETS: Target[] = ['ours', 'baseline', 'floor'];

export interface TargetFigures {
  ok: boolean;
  detail: string;
  responseBytes: number;
  requestsPerSecond: Summary | null;
  p50: Summary | null;
  p95: Summary | null;
  p99: Summary | null;
  runs: LoadRun[];
}

export interface ShapeFigures {
  shape: string;
  question: string;
  targets: Record<Target, TargetFigures>;
  /** ours ÷ baseline requests/s (> 1: we serve more). */
  throughputRatio: number | null;
  /** baseline p95 ÷ ours p95 (> 1: we answer faster). */
  p95Ratio: number | null;
  /** ours ÷ floor requests/s: what the GraphQL layer keeps of the raw Cypher round trip. */
  ofFloor: number | null;
}

export interface ApiFigures {
  size: number;
  /** How our API ran: built (dist/, as npm start) or tsx (src/); absent before 2026-12-07 (tsx). */
  runtime?: Runtime;
  node?: string;
  graph: GraphSize;
  subjects: Subjects;
  connections: number;
  seconds: number;
  warmupSeconds: number;
  rounds: number;
  shapes: ShapeFigures[];
  loadAverage: { start: number[]; end: number[] };
}

/** Article ids of the corpus vs the graph's: load only when they differ. */
async function ensureCorpusLoaded(driver: Driver, size: number, seed: string): Promise<LoadFigures | null> {
  // Article ids hash the text only: no need to extract to know them.
  const ids = generateCorpus(await readReference(), { size, seed }).map((a) => articleId(a.text));
  const res = await driver.executeQuery('MATCH (a:Article) WITH count(a) AS n OPTIONAL MATCH (b:Article) WHERE b.id IN $ids RETURN n, count(b) AS hits', { ids }, { routing: 'READ' });
  const n = Number(res.records[0]!.get('n'));
  const hits = Number(res.records[0]!.get('hits'));
  if (n === size && hits === size) {
    log(`graph already holds the ${size}-article corpus`);
    return null;
  }
  log(`graph holds ${n} articles (${hits} of this corpus): loading ${size}`);
  return runLoadBench(driver, { size, runs: 1, seed });
}

export async function runApiBench(driver: Driver, neo4jUri: string, opts: { size: number; runs: number; seconds: number; warmupSeconds: number; connections: number; seed?: string; shapes?: string[]; runtime?: Runtime }): Promise<{ api: ApiFigures; load: LoadFigures | null }> {
  const load = await ensureCorpusLoaded(driver, opts.size, opts.seed ?? DEFAULT_SEED);
  const graph = await graphSize(driver);
  const subjects = await pickSubjects(driver);
  log(`subjects: ${JSON.stringify(subjects)}`);
  const all = buildShapes(subjects);
  const unknown = (opts.shapes ?? []).filter((n) => !all.some((s) => s.name === n));
  if (unknown.length) throw new Error(`unknown shape(s) ${unknown.join(', ')}; known: ${all.map((s) => s.name).join(', ')}`);
  const shapes = opts.shapes?.length ? all.filter((s) => opts.shapes!.includes(s.name)) : all;
  const servers = new Map<Target, RunningServer>();
  const startLoad = loadAverage();
  try {
    const runtime = opts.runtime ?? 'built';
    for (const t of TARGETS) servers.set(t, await startServer(t, neo4jUri, { runtime }));
    const figures: ShapeFigures[] = [];
    const checks = new Map<string, { ok: boolean; bytes: number; detail: string }>();
    for (const shape of shapes) {
      for (const t of TARGETS) {
        const c = await checkOnce(servers.get(t)!.url, shape.requests[t]);
        checks.set(`${shape.name}:${t}`, c);
        if (!c.ok) log(`${shape.name} on ${t}: FAILED the check (${c.detail}); skipped`);
      }
    }
    const runs = new Map<string, LoadRun[]>();
    for (let round = 0; round < opts.runs; round++) {
      for (const [si, shape] of shapes.entries()) {
        // Rotate who goes first, so neither a warm cache nor a busy neighbour always favours one server.
        const order = TARGETS.map((_, i) => TARGETS[(i + round + si) % TARGETS.length]!);
        for (const t of order) {
          if (!checks.get(`${shape.name}:${t}`)!.ok) continue;
          const leftover = await settleGraph(driver);
          if (leftover) log(`terminated ${leftover} transactions the previous run left running`);
          const r = await runLoad(servers.get(t)!.url, shape.requests[t], { connections: opts.connections, warmupSeconds: opts.warmupSeconds, seconds: opts.seconds });
          const key = `${shape.name}:${t}`;
          runs.set(key, [...(runs.get(key) ?? []), r]);
          log(`${opts.size} ${shape.name.padEnd(17)} ${t.padEnd(8)} round ${round + 1}/${opts.runs}: ${r.requestsPerSecond} req/s, p50 ${r.p50} ms, p95 ${r.p95} ms, p99 ${r.p99} ms${r.errors + r.non2xx + r.timeouts + r.graphqlErrors ? `, ${r.errors} errors, ${r.non2xx} non-2xx, ${r.timeouts} timeouts, ${r.graphqlErrors} GraphQL errors` : ''} (load ${loadAverage()[0]})`);
        }
      }
    }
    for (const shape of shapes) {
      const targets = Object.fromEntries(TARGETS.map((t) => {
        const c = checks.get(`${shape.name}:${t}`)!;
        const rs = runs.get(`${shape.name}:${t}`) ?? [];
        const s = (f: (r: LoadRun) => number) => (rs.length ? summarize(rs.map(f)) : null);
        return [t, { ok: c.ok, detail: c.detail, responseBytes: c.bytes, requestsPerSecond: s((r) => r.requestsPerSecond), p50: s((r) => r.p50), p95: s((r) => r.p95), p99: s((r) => r.p99), runs: rs }];
      })) as Record<Target, TargetFigures>;
      const ratio = (a: number | undefined, b: number | undefined) => (a && b ? Number((a / b).toFixed(2)) : null);
      figures.push({
        shape: shape.name,
        question: shape.question,
        targets,
        throughputRatio: ratio(targets.ours.requestsPerSecond?.median, targets.baseline.requestsPerSecond?.median),
        p95Ratio: ratio(targets.baseline.p95?.median, targets.ours.p95?.median),
        ofFloor: ratio(targets.ours.requestsPerSecond?.median, targets.floor.requestsPerSecond?.median),
      });
    }
    return {
      api: { size: opts.size, runtime, node: process.version, graph, subjects, connections: opts.connections, seconds: opts.seconds, warmupSeconds: opts.warmupSeconds, rounds: opts.runs, shapes: figures, loadAverage: { start: startLoad, end: loadAverage() } },
      load,
    };
  } finally {
    for (const s of servers.values()) await s.stop();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { values } = parseArgs({
    options: {
      size: { type: 'string', default: '1000' }, runs: { type: 'string', default: '1' }, seconds: { type: 'string', default: '10' },
      warmup: { type: 'string', default: '3' }, connections: { type: 'string', default: '50' }, shapes: { type: 'string' }, keep: { type: 'boolean', default: false },
      runtime: { type: 'string', default: 'built' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  helpAndExit(values.help, `Usage: npm run bench:api [-- options]

Our API, the @neo4j/graphql baseline and the raw-Cypher floor, five query shapes each, autocannon on
loopback; loads the corpus first when the bench graph does not hold it. JSON on stdout.

  --size N         articles in the synthetic corpus (default 1000)
  --runs N         rounds, server order rotated each round (default 1)
  --seconds N      measured seconds per shape and server (default 10, at most 60)
  --warmup N       warm-up seconds before each, not measured (default 3, at most 30)
  --connections N  concurrent connections (default 50)
  --shapes A,B     only these shapes (partners, pledges-by-sector, paths, search, network)
  --runtime R      how our API runs: built (default; node dist/cli/serve.js, as npm start) or tsx (src/ via tsx)
  --keep           leave the bench Neo4j running afterwards
  -h, --help       this help`);
  if (values.runtime !== 'built' && values.runtime !== 'tsx') {
    console.error(`--runtime must be built or tsx, not ${values.runtime}`);
    process.exit(2);
  }
  const runtime: Runtime = values.runtime;
  onSignalExit();
  const g = await startBenchGraph({ detached: values.keep });
  try {
    const { api } = await runApiBench(g.driver, g.uri, {
      size: Number(values.size), runs: Number(values.runs), seconds: Math.min(60, Number(values.seconds)), warmupSeconds: Math.min(30, Number(values.warmup)), connections: Number(values.connections),
      shapes: values.shapes?.split(',').map((x) => x.trim()).filter(Boolean), runtime,
    });
    for (const s of api.shapes) {
      const o = s.targets.ours;
      const met = P95_TARGET_SHAPES.includes(s.shape) ? (o.p95 && o.p95.median < P95_TARGET_MS ? ' p95 target met' : ' p95 target MISSED') : '';
      log(`${s.shape}: ours ${o.requestsPerSecond?.median ?? '–'} req/s p95 ${o.p95?.median ?? '–'} ms; ×${s.throughputRatio ?? '–'} the baseline's throughput; ${s.ofFloor ?? '–'} of the floor;${met}`);
    }
    process.stdout.write(`${JSON.stringify({ api }, null, 2)}\n`);
  } finally {
    if (values.keep) await g.driver.close();
    else await g.stop();
  }
}
