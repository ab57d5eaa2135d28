/**
 * The extractor on the five seed articles with the real reference data: output fits the contract,
 * every quote is the stored text at its offsets, and nothing comes from boilerplate.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ArticleClaims, type Evidence } from '../../src/core/claims.ts';
import { extractArticle } from '../../src/core/extract-article.ts';
import { DecisionsFile, fileMerges } from '../../src/core/decisions/decisions-file.ts';
import { Gazetteer, SectorVocabulary, type Reference } from '../../src/core/reference.ts';
import { readArticleFiles } from '../../src/io/read-articles.ts';

const referenceDir = fileURLToPath(new URL('../../seeds/reference/', import.meta.url));
const articlesDir = fileURLToPath(new URL('../../seeds/articles/', import.meta.url));
const files = ['gazetteer.json', 'sectors.json'].map((f) => referenceDir + f);
const haveReference = files.every((f) => existsSync(f));
if (!haveReference) console.warn(`extract-seeds: skipped, reference data missing (${files.join(', ')})`);

function loadReference(): Reference {
  const read = (name: string) => JSON.parse(readFileSync(referenceDir + name, 'utf8')) as unknown;
  return {
    gazetteer: Gazetteer.parse(read('gazetteer.json')),
    sectors: SectorVocabulary.parse(read('sectors.json')),
    merges: existsSync(referenceDir + 'decisions.json') ? fileMerges(DecisionsFile.parse(read('decisions.json'))) : [],
  };
}

function allEvidence(claims: ArticleClaims): Evidence[] {
  return [
    ...claims.actors.flatMap((a) => a.mentions),
    ...claims.sectors.flatMap((s) => s.mentions),
    ...claims.pledges.flatMap((p) => p.evidence),
    ...claims.relations.flatMap((r) => r.evidence),
  ];
}

describe.skipIf(!haveReference)('extractArticle on the seed articles', async () => {
  const reference = haveReference ? loadReference() : { gazetteer: [], sectors: [], merges: [] };
  const results = await readArticleFiles([articlesDir]);
  const articles = results.flatMap((r) => (r.ok ? [r.article] : []));

  it('reads all five seeds', () => {
    expect(articles).toHaveLength(5);
  });

  for (const article of articles) {
    describe(article.file ?? '?', () => {
      const claims = extractArticle(article, reference);

      it('fits the contract', () => {
        expect(() => ArticleClaims.parse(claims)).not.toThrow();
        expect(claims.actors.length).toBeGreaterThan(0);
      });

      it('quotes the stored text exactly at every offset', () => {
        const evidence = allEvidence(claims);
        expect(evidence.length).toBeGreaterThan(0);
        for (const e of evidence) expect(article.text.slice(e.start, e.end)).toBe(e.quote);
      });

      it('takes nothing from outside the body ranges', () => {
        const body = claims.article.body;
        expect(body.length).toBeGreaterThan(0);
        for (const e of allEvidence(claims)) {
          expect(body.some((b) => e.start >= b.start && e.end <= b.end), `${e.quote} at ${e.start}`).toBe(true);
        }
      });

      it('points every relation and pledge at actors and sectors it lists', () => {
        const actors = new Set(claims.actors.map((a) => a.id));
        const sectors = new Set(claims.sectors.map((s) => s.id));
        for (const r of claims.relations) {
          expect(actors.has(r.from)).toBe(true);
          expect(r.type === 'FOCUSES_ON' ? sectors.has(r.to) : actors.has(r.to)).toBe(true);
        }
        for (const p of claims.pledges) expect(actors.has(p.by) && (p.to === null || actors.has(p.to))).toBe(true);
      });

      it('is deterministic', () => {
        expect(extractArticle(article, reference)).toEqual(claims);
      });
    });
  }
});

describe.skipIf(!haveReference)('pattern rules without the gazetteer entry', () => {
  it('still finds Nvidia as a company where a sentence introduces it', async () => {
    const full = loadReference();
    const reference = { ...full, gazetteer: full.gazetteer.filter((e) => e.id !== 'nvidia' && !/nvidia/i.test(e.name)) };
    const [result] = await readArticleFiles([`${articlesDir}003_acf5a3b59b7c797d.txt`]);
    if (!result?.ok) throw new Error('seed 003 unreadable');
    const nvidia = extractArticle(result.article, reference).actors.find((a) => a.name === 'Nvidia');
    expect(nvidia).toMatchObject({ kind: 'company', source: 'pattern' });
    expect(nvidia?.mentions.some((m) => m.quote === 'Tập đoàn công nghệ Nvidia')).toBe(true);
  });
});
