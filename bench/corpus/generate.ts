/**
 * Deterministic synthetic corpus: Vietnamese-style tech-partnership news built from the real
 * gazetteer and sector vocabulary. Article i depends only on (seed, i) and the reference data, so
 * the 1k corpus is the first 1,000 articles of the 10k corpus, and the same seed gives the same bytes.
 */
import { createHash } from 'node:crypto';
import type { RawArticle } from '../../src/core/read/raw-article.ts';
import type { Reference } from '../../src/core/reference.ts';
import { buildPools, type Pools } from './pools.ts';
import { createRng, hashSeed } from './prng.ts';
import { byline, FACTS, FILLERS, footer, photoCaption, relatedBlock, title, type Theme } from './templates.ts';

export const DEFAULT_SEED = 'vn-tech-graph-bench-1';

export interface CorpusOptions {
  size: number;
  seed?: string;
}

const DAY_MS = 86_400_000;
const FIRST_DAY = Date.UTC(2019, 0, 1);

function makeTheme(pools: Pools, seed: string, index: number): { theme: Theme; published: string } {
  const rng = createRng(hashSeed(`${seed}:article:${index}`));
  const published = new Date(FIRST_DAY + rng.int(0, 7 * 365 - 1) * DAY_MS).toISOString().slice(0, 10);
  const companyPerson = rng.zipf(pools.companyPeople, 0.9);
  const officialPerson = rng.zipf(pools.officials, 0.9);
  const sectors = [rng.zipf(pools.sectorWords, 0.7), rng.zipf(pools.sectorWords, 0.7), rng.zipf(pools.sectorWords, 0.7)];
  const theme: Theme = {
    rng, pools,
    year: Number(published.slice(0, 4)),
    company: companyPerson.org,
    companyPerson,
    partner: rng.chance(0.5) ? rng.zipf(pools.vnCompanies, 0.9) : rng.zipf(pools.universities),
    ministry: officialPerson.org,
    officialPerson,
    province: rng.zipf(pools.provinces),
    country: rng.zipf(pools.countries),
    sectors,
    introduced: new Set(),
  };
  return { theme, published };
}

/** One article, 3–13 kB of UTF-8 like the seeds, with boilerplate in a share of them. */
export function generateArticle(pools: Pools, seed: string, index: number): RawArticle {
  const { theme: t, published } = makeTheme(pools, seed, index);
  const { rng } = t;
  const target = 3000 + Math.floor(10_000 * Math.pow(rng.next(), 1.6));
  const head = title(t);
  const lines: string[] = [head];
  if (rng.chance(0.3)) lines.push(byline(t, published));
  let bytes = Buffer.byteLength(head);
  let paragraph = 0;
  while (bytes < target && paragraph < 60) {
    const sentences: string[] = [];
    const n = rng.int(2, 5);
    for (let i = 0; i < n; i++) sentences.push((rng.chance(0.45) ? rng.pick(FACTS) : rng.pick(FILLERS))(t));
    const text = sentences.join(' ');
    lines.push(text);
    bytes += Buffer.byteLength(text) + 1;
    paragraph++;
    if (paragraph === 2 && rng.chance(0.4)) lines.push(photoCaption(t));
  }
  if (rng.chance(0.5)) lines.push(relatedBlock(t));
  lines.push(footer(t));
  return {
    file: `synthetic/${String(index).padStart(6, '0')}.txt`,
    title: head,
    text: lines.join('\n'),
    published,
    outlet: null,
    url: null,
    language: 'vi',
  };
}

/** The first `size` articles of the corpus for `seed`. Pools are built once per call. */
export function generateCorpus(reference: Reference, { size, seed = DEFAULT_SEED }: CorpusOptions): RawArticle[] {
  const pools = buildPools(reference, seed);
  const articles: RawArticle[] = [];
  for (let i = 0; i < size; i++) articles.push(generateArticle(pools, seed, i));
  return articles;
}

/** sha256 over the articles' files, titles and texts: the same seed must give the same digest. */
export function corpusDigest(articles: readonly RawArticle[]): string {
  const h = createHash('sha256');
  for (const a of articles) h.update(`${a.file}\u0000${a.title}\u0000${a.published}\u0000${a.text}\u0001`);
  return h.digest('hex');
}

export function corpusBytes(articles: readonly RawArticle[]): number {
  let total = 0;
  for (const a of articles) total += Buffer.byteLength(a.text);
  return total;
}
