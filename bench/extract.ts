/**
 * `npm run bench:extract [-- --size 1000 --seed-copies 200 --runs 3]`: extraction speed on one core
 * (this process's main thread), MB/s of UTF-8 article text and articles/s, over the seed articles
 * repeated N times, over the synthetic corpus and over the English articles of the real dev corpus
 * repeated N/2 times (the English tables' speed). Target (DESIGN.md): at least 2 MB/s.
 * Prints a JSON summary on stdout; progress on stderr.
 */
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { helpAndExit } from './lib/help.ts';
import { extractArticle } from '../src/core/extract-article.ts';
import type { RawArticle } from '../src/core/read/raw-article.ts';
import type { Reference } from '../src/core/reference.ts';
import { readArticleFiles } from '../src/io/read-articles.ts';
import { readReference } from '../src/io/read-reference.ts';
import { detectLanguage } from '../src/core/lang/detect-language.ts';
import { corpusBytes, DEFAULT_SEED, generateCorpus } from './corpus/generate.ts';
import { loadAverage, log } from './lib/machine.ts';
import { summarize, type Summary } from './lib/stats.ts';

export const EXTRACT_TARGET_MB_S = 2;

export interface ExtractFigures {
  corpus: string;
  articles: number;
  megabytes: number;
  mbPerSecond: Summary;
  /** MB per CPU-second of this process: less sensitive to other processes sharing the cores. */
  mbPerCpuSecond: Summary;
  articlesPerSecond: Summary;
  facts: number;
  loadAverage: number[];
}

/** One timed pass after a warm-up pass; `runs` passes in all. */
export function measureExtraction(name: string, articles: readonly RawArticle[], reference: Reference, runs: number): ExtractFigures {
  const bytes = corpusBytes(articles);
  const warm = articles.slice(0, Math.min(articles.length, 200));
  for (const a of warm) extractArticle(a, reference);
  const mbs: number[] = [];
  const mbsCpu: number[] = [];
  const aps: number[] = [];
  let facts = 0;
  for (let r = 0; r < runs; r++) {
    facts = 0;
    const t0 = process.hrtime.bigint();
    const c0 = process.cpuUsage();
    for (const a of articles) {
      const c = extractArticle(a, reference);
      facts += c.actors.length + c.pledges.length + c.relations.length;
    }
    const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
    const cpu = process.cpuUsage(c0);
    mbs.push(bytes / 1e6 / seconds);
    mbsCpu.push(bytes / 1e6 / ((cpu.user + cpu.system) / 1e6));
    aps.push(articles.length / seconds);
    log(`extract ${name}: run ${r + 1}/${runs}: ${(bytes / 1e6 / seconds).toFixed(2)} MB/s, ${(articles.length / seconds).toFixed(0)} articles/s, ${mbsCpu.at(-1)!.toFixed(2)} MB per CPU-s`);
  }
  return { corpus: name, articles: articles.length, megabytes: Number((bytes / 1e6).toFixed(2)), mbPerSecond: summarize(mbs), mbPerCpuSecond: summarize(mbsCpu), articlesPerSecond: summarize(aps), facts, loadAverage: loadAverage() };
}

export async function seedArticles(): Promise<RawArticle[]> {
  const dir = fileURLToPath(new URL('../seeds/articles/', import.meta.url));
  const results = await readArticleFiles([dir]);
  return results.flatMap((r) => (r.ok ? [r.article] : []));
}

/** The dev corpus's English articles (test/fixtures/corpus), read as `npm run extract` reads them. */
export async function englishArticles(): Promise<RawArticle[]> {
  const dir = fileURLToPath(new URL('../test/fixtures/corpus/', import.meta.url));
  const results = await readArticleFiles([dir]);
  return results.flatMap((r) => (r.ok && r.article.file?.endsWith('.txt') && detectLanguage(r.article.text) === 'en' ? [r.article] : []));
}

export async function runExtractBench(opts: { size: number; seedCopies: number; runs: number; seed?: string }): Promise<ExtractFigures[]> {
  const reference = await readReference();
  const seeds = await seedArticles();
  const repeated = Array.from({ length: opts.seedCopies }, () => seeds).flat();
  const synthetic = generateCorpus(reference, { size: opts.size, seed: opts.seed ?? DEFAULT_SEED });
  const englishCopies = Math.max(1, Math.round(opts.seedCopies / 2));
  const english = await englishArticles();
  return [
    measureExtraction(`seeds x${opts.seedCopies}`, repeated, reference, opts.runs),
    measureExtraction(`synthetic ${opts.size}`, synthetic, reference, opts.runs),
    ...(english.length ? [measureExtraction(`English corpus (${english.length}) x${englishCopies}`, Array.from({ length: englishCopies }, () => english).flat(), reference, opts.runs)] : []),
  ];
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { values } = parseArgs({ options: { size: { type: 'string', default: '1000' }, 'seed-copies': { type: 'string', default: '200' }, runs: { type: 'string', default: '3' }, help: { type: 'boolean', short: 'h' } } });
  helpAndExit(values.help, `Usage: npm run bench:extract [-- options]

Extraction speed on one core over the seed articles repeated and over the synthetic corpus
(target: at least ${EXTRACT_TARGET_MB_S} MB/s). JSON on stdout, progress on stderr.

  --size N         synthetic articles (default 1000)
  --seed-copies N  times the seed articles are repeated (default 200)
  --runs N         runs of each, the median reported (default 3)
  -h, --help       this help`);
  const figures = await runExtractBench({ size: Number(values.size), seedCopies: Number(values['seed-copies']), runs: Number(values.runs) });
  for (const f of figures) {
    const met = f.mbPerSecond.median >= EXTRACT_TARGET_MB_S ? 'met' : 'MISSED';
    log(`${f.corpus}: ${f.mbPerSecond.median} MB/s (${f.mbPerSecond.min}–${f.mbPerSecond.max}; ${f.mbPerCpuSecond.median} MB per CPU-s), ${f.articlesPerSecond.median} articles/s — target ≥ ${EXTRACT_TARGET_MB_S} MB/s ${met}`);
  }
  process.stdout.write(`${JSON.stringify({ extract: figures }, null, 2)}\n`);
}
