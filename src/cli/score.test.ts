import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { ArticleClaims } from '../core/claims.ts';
import type { GoldArticle } from '../core/score/gold.ts';
import { actor, claims, pledge, relation } from '../core/score/make-claims.test-helper.ts';
import { foldName } from '../core/score/fold-name.ts';
import type { CorpusScore } from '../core/score/score-corpus.ts';
import type { ScoreDeps } from './score.ts';
import { readGold, runScore } from './score.ts';

const goldDir = fileURLToPath(new URL('../../test/fixtures/gold/', import.meta.url));

/** Claims that say exactly what the gold says: scoring them must be perfect. */
function claimsFromGold(gold: GoldArticle): ArticleClaims {
  const idOf = (name: string): string => {
    const key = foldName(name);
    const index = gold.actors.findIndex((item) => [item.name, ...(item.aliases ?? [])].some((alias) => foldName(alias) === key));
    return `a${index}`;
  };
  return claims(gold.file, {
    actors: gold.actors.map((item, index) => actor(`a${index}`, item.name, item.kind)),
    pledges: gold.pledges.map((item) =>
      pledge({
        by: idOf(item.by), to: item.to === null ? null : idOf(item.to), kind: item.kind, amount: item.amount, unit: item.unit,
        status: item.status, period: item.period ? { start: item.period.start ?? 0, end: item.period.end ?? 0 } : null,
        requestedBy: item.requestedBy ? idOf(item.requestedBy) : null,
      }),
    ),
    relations: gold.relations.map((item) =>
      relation(item.type, idOf(item.from), item.type === 'FOCUSES_ON' ? item.to : idOf(item.to), { role: item.role ?? null, date: item.date ?? null }),
    ),
  });
}

async function run(argv: string[], extract: (file: string, gold: GoldArticle[]) => ArticleClaims | undefined) {
  const gold = await readGold(goldDir);
  const out: string[] = [];
  const err: string[] = [];
  const deps: ScoreDeps = {
    readReference: async () => ({ gazetteer: [], sectors: [], merges: [] }),
    readArticles: async () => gold.map((item) => ({ ok: true as const, article: { file: item.file } as never })),
    extractArticle: (article) => {
      const file = (article as unknown as { file: string }).file;
      const result = extract(file, gold);
      if (result === undefined) throw new Error('boom');
      return result;
    },
  };
  const code = await runScore(argv, { stdout: (text) => out.push(text), stderr: (line) => err.push(line) }, async () => deps);
  return { code, out: out.join(''), err };
}

describe('npm run score', () => {
  it('scores the gold against itself as perfect (the gold is self-consistent)', async () => {
    const { code, out } = await run(['--json'], (file, gold) => claimsFromGold(gold.find((item) => item.file === file)!));
    expect(code).toBe(0);
    const score = JSON.parse(out) as CorpusScore;
    expect(score.articles).toHaveLength(5);
    for (const category of ['actors', 'pledges', 'relations'] as const) {
      expect(score.overall[category], category).toMatchObject({ fp: 0, fn: 0, f1: 1 });
      expect(score.overall[category].tp).toBeGreaterThan(0);
    }
  });

  it('prints a table with an overall row, lists misses when verbose, and fails on a bad article', async () => {
    const { code, out, err } = await run(['--verbose'], (file) => (file.startsWith('000') ? undefined : claims(file, {})));
    expect(code).toBe(1);
    expect(err.join('\n')).toContain('extraction failed');
    expect(out).toMatch(/OVERALL \(micro\)\s+actors\s+0\s+0\s+\d+/);
    expect(out).toContain('missed (in gold, not extracted)');
    expect(out).toContain('LG (company)');
  });

  it('answers --help and rejects unknown options', async () => {
    expect((await run(['--help'], () => undefined)).out).toContain('Usage: npm run --silent score');
    expect((await run(['--nope'], () => undefined)).code).toBe(2);
  });
});
