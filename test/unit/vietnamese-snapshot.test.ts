/**
 * The Vietnamese extraction output, byte for byte, on every Vietnamese article the repository
 * holds (the seeds, the held-out set, the hand-made claim fixtures) and on a slice of the synthetic
 * corpus: adding another language must not change a single byte of it.
 *
 * The snapshots live in `test/fixtures/vietnamese-snapshot/`, one reviewable JSON file per article
 * (and one digest file for the synthetic slice). When a Vietnamese rule is changed on purpose,
 * regenerate them and review the diff before committing:
 *
 *     npx vitest run test/unit/vietnamese-snapshot.test.ts -u
 *     git diff --stat test/fixtures/vietnamese-snapshot/
 */
import { createHash } from 'node:crypto';
import { readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { corpusDigest, generateCorpus } from '../../bench/corpus/generate.ts';
import { extractArticle } from '../../src/core/extract-article.ts';
import type { RawArticle } from '../../src/core/read/raw-article.ts';
import type { Reference } from '../../src/core/reference.ts';
import { readArticleFiles } from '../../src/io/read-articles.ts';
import { readReference } from '../../src/io/read-reference.ts';
import { NVIDIA_HCMC_TEXT, NVIDIA_PARTNER_TEXT, SAMSUNG_TEXT, US_VIETNAM_TEXT } from '../fixtures/claims/articles.ts';

// Article files only: the held-out folder also holds gold, a manifest and a README.
const dirs = ['../../seeds/articles/', '../fixtures/heldout/']
  .map((d) => fileURLToPath(new URL(d, import.meta.url)))
  .flatMap((d) => readdirSync(d).filter((f) => /\.(txt|md)$/.test(f) && f !== 'README.md').map((f) => join(d, f)));
const snapshot = (name: string) => `../fixtures/vietnamese-snapshot/${name}`;

const FIXTURE_TEXTS: Record<string, string> = {
  'nvidia-hcmc': NVIDIA_HCMC_TEXT,
  'nvidia-partner': NVIDIA_PARTNER_TEXT,
  'us-vietnam': US_VIETNAM_TEXT,
  samsung: SAMSUNG_TEXT,
};

function fixtureArticle(name: string, text: string): RawArticle {
  return { file: `${name}.txt`, title: text.split('\n')[0]!, text, published: '2024-06-12', outlet: null, url: null, language: 'vi' };
}

const print = (value: unknown) => `${JSON.stringify(value, null, 1)}\n`;

let reference: Reference;
let articles: RawArticle[];
beforeAll(async () => {
  reference = await readReference();
  const read = await readArticleFiles(dirs);
  // The file's own name, not the path it was read from: the snapshot must not depend on the cwd.
  articles = read.flatMap((r) => (r.ok ? [{ ...r.article, file: basename(r.article.file ?? '') }] : []));
});

describe('Vietnamese extraction output is unchanged', () => {
  it('reads every Vietnamese article file as Vietnamese', () => {
    expect(articles).toHaveLength(11);
    for (const a of articles) expect([a.file, a.language]).toEqual([a.file, 'vi']);
  });

  it('on the seed and held-out articles', async () => {
    for (const a of articles) {
      await expect(print(extractArticle(a, reference))).toMatchFileSnapshot(snapshot(a.file!.replace(/\.txt$/, '.json')));
    }
  });

  it('on the hand-made claim fixtures', async () => {
    for (const [name, text] of Object.entries(FIXTURE_TEXTS)) {
      await expect(print(extractArticle(fixtureArticle(name, text), reference))).toMatchFileSnapshot(snapshot(`fixture-${name}.json`));
    }
  });

  it('on 150 synthetic articles (digests)', { timeout: 60_000 }, async () => {
    const corpus = generateCorpus(reference, { size: 150 });
    const lines = corpus.map((a, i) => `${i} ${createHash('sha256').update(JSON.stringify(extractArticle(a, reference))).digest('hex').slice(0, 16)}`);
    await expect(`corpus ${corpusDigest(corpus)}\n${lines.join('\n')}\n`).toMatchFileSnapshot(snapshot('synthetic-150.txt'));
  });
});
