/**
 * Renders a results file as the Markdown tables of BENCHMARKS.md, between the markers
 * `<!-- results:start -->` and `<!-- results:end -->` (the prose around them is written by hand).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { ApiFigures } from '../api.ts';
import type { ExtractFigures } from '../extract.ts';
import type { ColdLoadFigures, LoadFigures } from '../load.ts';
import type { MachineInfo } from './machine.ts';
import type { Summary } from './stats.ts';

export interface BenchResults {
  date: string;
  machine: MachineInfo;
  neo4j: string;
  seed: string;
  extract: ExtractFigures[];
  load: LoadFigures[];
  /** A first load into a just-started Neo4j on a new store (results from 2026-12-07 on). */
  coldLoad?: ColdLoadFigures;
  api: ApiFigures[];
  durationSeconds: number;
}

export const START = '<!-- results:start -->';
export const END = '<!-- results:end -->';

const f = (x: number | null | undefined, d = 1) => (x === null || x === undefined || !Number.isFinite(x) ? '–' : x.toFixed(d));
const med = (s: Summary | null | undefined, d = 1) =>
  !s || !Number.isFinite(s.median) ? '–' : s.runs.length > 1 && Number.isFinite(s.min) ? `${f(s.median, d)} (${f(s.min, d)}–${f(s.max, d)})` : f(s.median, d);
const yes = (ok: boolean) => (ok ? '**met**' : '**missed**');

/** Results before 2026-12-07 have no runtime: their API ran from src/ through tsx. */
const ourRuntime = (r: BenchResults) => {
  const runtimes = [...new Set(r.api.map((a) => a.runtime ?? 'tsx'))];
  const says = { built: 'built JavaScript (`node dist/cli/serve.js`, as npm start)', tsx: 'TypeScript through tsx (src/)' };
  return runtimes.length ? runtimes.map((x) => says[x]).join(' and ') : '–';
};

export function renderResults(r: BenchResults, file: string): string {
  const out: string[] = [];
  const m = r.machine;
  out.push(`Latest run: \`${file}\` — ${r.date}, ${m.cpu}, ${m.cores} cores, ${m.memoryGb} GB, load average at start ${m.loadAverage.join(' / ')}; Node ${m.node}, our API run as ${ourRuntime(r)}, Neo4j ${r.neo4j}, @neo4j/graphql ${m.packages['@neo4j/graphql']}, autocannon ${m.packages['autocannon']}. Figures are medians with (min–max) over the repeated runs where there was more than one.`);
  out.push('');
  out.push('### Extraction (one core)');
  out.push('');
  out.push('| corpus | articles | MB | MB/s (wall) | MB per CPU-s | articles/s | target ≥ 2 MB/s | load avg |');
  out.push('|---|---:|---:|---:|---:|---:|---|---|');
  for (const e of r.extract) {
    out.push(`| ${e.corpus} | ${e.articles} | ${f(e.megabytes)} | ${med(e.mbPerSecond, 2)} | ${med(e.mbPerCpuSecond, 2)} | ${med(e.articlesPerSecond, 0)} | ${yes(e.mbPerSecond.median >= 2)} | ${e.loadAverage[0]} |`);
  }
  out.push('');
  out.push('### Loading into Neo4j');
  out.push('');
  out.push('First load after a warm-up load (not timed) of the first articles of the corpus: a Neo4j that has just started spends tens of CPU-seconds compiling its hot code.');
  out.push('');
  out.push('| articles | MB | facts | first load s | articles/s | facts/s | re-load s | re-load changed nothing | nodes | relationships | target (10k < 60 s) | warm-up articles, s | load avg |');
  out.push('|---:|---:|---:|---:|---:|---:|---:|---|---:|---:|---|---:|---|');
  for (const l of r.load) {
    const target = l.size === 10_000 ? yes(l.first.seconds.median < 60) : '';
    out.push(`| ${l.size} | ${f(l.megabytes)} | ${l.facts} | ${med(l.first.seconds)} | ${med(l.first.articlesPerSecond, 0)} | ${med(l.first.factsPerSecond, 0)} | ${med(l.reload.seconds, 2)} | ${l.reloadChangedNothing ? 'yes' : '**no**'} | ${l.graph.nodes} | ${l.graph.relationships} | ${target} | ${l.warmup ? `${l.warmup.articles}, ${f(l.warmup.seconds)}` : '–'} | ${l.loadAverage[0]} |`);
  }
  const c = r.coldLoad;
  if (c) {
    out.push('');
    out.push('Cold: a user\'s first load — the bench store deleted, Neo4j just started, no warm-up. Neo4j CPU-s are since the JVM started (start-up and migrations included).');
    out.push('');
    out.push('| articles | first load s | articles/s | target (10k < 60 s) | Neo4j CPU-s: Bolt workers | JIT compiler | GC | collector | load avg |');
    out.push('|---:|---:|---:|---|---:|---:|---:|---|---|');
    const t = c.neo4jThreadCpuSeconds;
    out.push(`| ${c.size} | ${med(c.first.seconds)} | ${med(c.first.articlesPerSecond, 0)} | ${c.size === 10_000 ? yes(c.first.seconds.median < 60) : ''} | ${f(t?.bolt)} | ${f(t?.jit)} | ${f(t?.gc)} | ${c.gc} | ${c.loadAverage[0]} |`);
  }
  out.push('');
  out.push('### API under load (50 connections, loopback)');
  out.push('');
  out.push('Requests/s and latency in ms for our API, the @neo4j/graphql baseline and the raw-Cypher floor. ×baseline = our requests/s ÷ the baseline\'s.');
  out.push('');
  out.push('| articles | shape | ours req/s | ours p50 | ours p95 | ours p99 | baseline req/s | baseline p95 | floor req/s | floor p95 | ×baseline | p95 < 25 ms |');
  out.push('|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|');
  for (const a of r.api) {
    for (const s of a.shapes) {
      const o = s.targets.ours;
      const b = s.targets.baseline;
      const fl = s.targets.floor;
      const p95Target = ['partners', 'pledges-by-sector', 'paths'].includes(s.shape) ? (o.p95 ? yes(o.p95.median < 25) : '**missed** (failed)') : '';
      // Answers carrying GraphQL errors (e.g. TIMEOUT) are not counted as served (runs from 2026-11-23 19:55 UTC on; earlier result files have no count).
      const errs = (t: typeof o) => t.runs.reduce((n, r) => n + (r.graphqlErrors ?? 0), 0);
      const note = (t: typeof o) => (t.ok ? '' : ' (failed)') + (errs(t) ? ` (+${errs(t)} errors)` : '');
      out.push(`| ${a.size} | ${s.shape} | ${med(o.requestsPerSecond, 0)}${note(o)} | ${med(o.p50)} | ${med(o.p95)} | ${med(o.p99)} | ${med(b.requestsPerSecond, 0)}${note(b)} | ${med(b.p95)} | ${med(fl.requestsPerSecond, 0)}${note(fl)} | ${med(fl.p95)} | ${f(s.throughputRatio, 2)} | ${p95Target} |`);
    }
  }
  out.push('');
  for (const a of r.api) {
    out.push(`Graph at ${a.size} articles: ${a.graph.nodes} nodes, ${a.graph.relationships} relationships; subjects ${JSON.stringify(a.subjects)}; load average ${a.loadAverage.start[0]} → ${a.loadAverage.end[0]}.`);
    out.push('');
  }
  return out.join('\n');
}

export function spliceResults(markdown: string, rendered: string): string {
  const start = markdown.indexOf(START);
  const end = markdown.indexOf(END);
  if (start < 0 || end < start) return `${markdown.trimEnd()}\n\n${START}\n${rendered}\n${END}\n`;
  return `${markdown.slice(0, start + START.length)}\n${rendered}\n${markdown.slice(end)}`;
}

/** `npx tsx bench/lib/report.ts bench/results/<file>.json`: re-renders BENCHMARKS.md's tables from a results file. */
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href && process.argv[2]) {
  const file = process.argv[2];
  const results = JSON.parse(readFileSync(file, 'utf8')) as BenchResults;
  const md = fileURLToPath(new URL('../../BENCHMARKS.md', import.meta.url));
  writeFileSync(md, spliceResults(readFileSync(md, 'utf8'), renderResults(results, file)));
}
