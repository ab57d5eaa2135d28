import { describe, expect, it } from 'vitest';
import type { GoldArticle, GoldEntry } from '../core/score/gold.ts';
import type { ScorableArticle } from '../core/score/scorable.ts';
import type { ScoreDeps } from './score.ts';
import { runScore } from './score.ts';

function gold(stem: string, actor: string): GoldEntry {
  const article: GoldArticle = {
    article: `${stem}.txt`, published: null, sectors: [],
    actors: [{ name: actor, kind: 'company', aliases: [actor] }, { name: 'Vietnam', kind: 'country', aliases: ['Việt Nam'] }],
    pledges: [{ by: actor, to: 'Vietnam', kind: 'investment', amount: 100, unit: 'USD', status: 'planned', sectors: [], quote: 'q' }],
    relations: [{ type: 'INVESTS_IN', from: actor, to: 'Vietnam', date: null, quote: 'q' }],
  };
  return { stem, gold: article };
}

const GOLDS = [gold('01_alpha', 'Alpha'), gold('02_beta', 'Beta'), gold('03_gamma', 'Gamma')];

/** Finds the company of each article but never its pledge. */
function extract(stem: string, company: string, language = 'vi'): ScorableArticle {
  return {
    article: { file: `dir/${stem}.txt`, id: stem, language },
    actors: [{ id: 'c', name: company }, { id: 'vn', name: 'Việt Nam' }],
    sectors: [], pledges: [], relations: [{ type: 'INVESTS_IN', from: 'c', to: 'vn' }],
  };
}

function harness(files: Record<string, string> = {}) {
  const written: Record<string, string> = {};
  const deps: ScoreDeps = {
    readGoldFolder: async () => GOLDS,
    listTextFiles: async (dir) => GOLDS.map((g) => `${dir}/${g.stem}.txt`),
    extractFiles: async () => ({ claims: [extract('01_alpha', 'Alpha'), extract('02_beta', 'Beta', 'en'), extract('03_gamma', 'Gamma')], errors: [] }),
    readText: async (path) => written[path] ?? files[path] ?? null,
    writeText: async (path, text) => {
      written[path] = text;
    },
  };
  const run = async (argv: string[]) => {
    const out: string[] = [];
    const err: string[] = [];
    const code = await runScore(argv, { stdout: (t) => out.push(t), stderr: (l) => err.push(l) }, async () => deps);
    return { code, out: out.join(''), err: err.join('\n') };
  };
  return { run, written };
}

describe('npm run score', () => {
  it('--language scores only the articles read in that language', async () => {
    const en = await harness().run(['d', '--language', 'en']);
    expect(en.out).toContain('1 gold article(s), 1 tuning, 0 blind');
    const vi = await harness().run(['d', '--language', 'vi']);
    expect(vi.out).toContain('2 gold article(s), 1 tuning, 1 blind');
    const none = await harness().run(['d', '--language', 'fr']);
    expect(none.err).toContain('no article of d was read as language fr');
    expect((await harness().run(['d', '--language', 'english'])).code).toBe(2);
    expect((await harness().run(['d', '--language', 'en', '--write-floor'])).code).toBe(2);
  });

  it('prints each part and the whole folder, with score.mjs\'s summary line', async () => {
    const { code, out } = await harness().run(['d']);
    expect(code).toBe(0);
    expect(out).toContain('3 gold article(s), 2 tuning, 1 blind');
    expect(out).toMatch(/^tuning\s+actors\s+1\s+1\s+1\s+4\s+4\s+4\s+4$/m);
    expect(out).toMatch(/^blind\s+pledges\s+0\s+0\s+0\s+0\s+0\s+1\s+0$/m);
    expect(out).toContain('all: actors F1 1 · pledges F1 0 · relations F1 1 · relations_loose F1 1');
  });

  it('prints score.mjs\'s JSON for the part asked for', async () => {
    const { out } = await harness().run(['d', '--json', '--part', 'blind']);
    expect(JSON.parse(out)).toEqual({
      actors: { precision: 1, recall: 1, f1: 1, tp: 2, np: 2, ng: 2, ok: 2 },
      pledges: { precision: 0, recall: 0, f1: 0, tp: 0, np: 0, ng: 1, ok: 0 },
      relations: { precision: 1, recall: 1, f1: 1, tp: 1, np: 1, ng: 1, ok: 1 },
      relations_loose: { precision: 1, recall: 1, f1: 1, tp: 1, np: 1, ng: 1, ok: 1 },
    });
  });

  it('gives per-article detail for tuning articles only, and refuses it for the blind part', async () => {
    const { run } = harness();
    const all = await run(['d', '--verbose']);
    expect(all.out).toContain('01_alpha missed pledge: Alpha 100 USD — q');
    expect(all.out).not.toContain('03_gamma');
    expect(all.out).toContain('1 blind article(s): scored only in aggregate');
    const blind = await run(['d', '--verbose', '--part', 'blind']);
    expect(blind.code).toBe(2);
    expect(blind.out).toBe('');
    expect(blind.err).toContain('only scored in aggregate');
  });

  it('scores a saved extraction output, and refuses one that is not', async () => {
    const output = JSON.stringify([extract('01_alpha', 'Alpha')]);
    const { run } = harness({ 'out.json': output, 'bad.json': '[{"actors": 3}]', 'broken.json': '[' });
    const saved = await run(['d', '--extracted', 'out.json', '--json', '--part', 'tuning']);
    expect(saved.code).toBe(0);
    expect(saved.err).toContain('02_beta: no extraction result');
    expect(JSON.parse(saved.out).actors).toMatchObject({ tp: 2, ng: 4 });
    expect((await run(['d', '--extracted', 'bad.json'])).code).toBe(2);
    expect((await run(['d', '--extracted', 'broken.json'])).err).toContain('cannot read extraction output');
    expect((await run(['d', '--extracted', 'missing.json'])).code).toBe(2);
  });

  it('writes the floor beside the gold, and raises it only', async () => {
    const { run, written } = harness();
    expect((await run(['d', '--write-floor'])).code).toBe(0);
    const floor = JSON.parse(written['d/scores.json']!);
    expect(floor.parts.tuning).toEqual({ articles: ['01_alpha', '02_beta'], f1: { actors: 1, pledges: 0, relations: 1, relations_loose: 1 } });
    floor.parts.tuning.f1.pledges = 0.5; // a committed figure the extractor no longer reaches
    written['d/scores.json'] = JSON.stringify(floor);
    const refused = await run(['d', '--write-floor']);
    expect(refused.code).toBe(1);
    expect(refused.err).toContain('tuning pledges: 0 < floor 0.5');
  });

  it('answers --help and rejects bad options', async () => {
    const { run } = harness();
    expect((await run(['--help'])).out).toContain('Usage: npm run --silent score -- [DIR]');
    expect((await run(['--nope'])).code).toBe(2);
    expect((await run(['d', '--part', 'some'])).code).toBe(2);
    expect((await run(['d', 'e'])).code).toBe(2);
    expect((await run(['d', '--write-floor', '--extracted', 'x.json'])).code).toBe(2);
  });
});
