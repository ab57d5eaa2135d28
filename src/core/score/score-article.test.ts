import { describe, expect, it } from 'vitest';
import type { GoldArticle } from './gold.ts';
import type { ScorableArticle } from './scorable.ts';
import { scoreArticle } from './score-article.ts';
import { findResult } from './score-folder.ts';

const gold: GoldArticle = {
  article: '01_x.txt',
  published: null,
  sectors: ['semiconductors'],
  actors: [
    { name: 'Samsung', kind: 'company', aliases: ['Samsung', 'Tập đoàn Samsung'] },
    { name: 'Vietnam', kind: 'country', aliases: ['Việt Nam'] },
    { name: 'Government of Vietnam', kind: 'government', aliases: ['Chính phủ Việt Nam'] },
    { name: 'Phạm Minh Chính', kind: 'person', aliases: ['Phạm Minh Chính'] },
    { name: 'Apple', kind: 'company', aliases: ['Apple'], incidental: true },
  ],
  pledges: [
    { by: 'Samsung', to: 'Vietnam', kind: 'investment', amount: 1.8e9, unit: 'USD', status: 'planned', sectors: [], quote: 'q' },
    { by: 'Samsung', to: null, kind: 'investment', amount: 2e10, unit: 'USD', status: 'completed', sectors: [], quote: 'q', cumulative: true },
  ],
  relations: [
    { type: 'INVESTS_IN', from: 'Samsung', to: 'Vietnam', date: null, quote: 'q' },
    { type: 'PARTNERS_WITH', from: 'Vietnam', to: 'Samsung', date: null, quote: 'q' },
    { type: 'HOLDS_ROLE', from: 'Phạm Minh Chính', to: 'Government of Vietnam', role: 'Thủ tướng', date: null, quote: 'q' },
    { type: 'FOCUSES_ON', from: 'Samsung', to: 'semiconductors', date: null, quote: 'q' },
  ],
};

function result(parts: Partial<ScorableArticle>): ScorableArticle {
  return { article: { file: 'x/01_x.txt', id: 'abc' }, actors: [], sectors: [], pledges: [], relations: [], ...parts };
}

const actors = [
  { id: 'samsung', name: 'Samsung Group', aliases: ['Tập đoàn Samsung'] },
  { id: 'vn', name: 'Viet Nam', aliases: ['Việt Nam'] },
  { id: 'pmc', name: 'Phạm Minh Chính' },
];

describe('scoreArticle (the algorithm of score.mjs)', () => {
  it('matches actors through any shared folded name and leaves incidental ones optional', () => {
    const score = scoreArticle('01_x', gold, result({ actors: [...actors, { id: 'apple', name: 'APPLE' }] }));
    // required: Samsung, Vietnam, Government, Chính → 3 found; Apple found but optional.
    expect(score.counts.actors).toEqual({ tp: 3, np: 4, ng: 4, ok: 4 });
    expect(score.detail.missedActors).toEqual(['Government of Vietnam']);
    expect(score.detail.extraActors).toEqual([]);
  });

  it('counts a duplicate extracted actor against precision only', () => {
    const score = scoreArticle('01_x', gold, result({ actors: [...actors, { id: 'samsung2', name: 'Samsung' }] }));
    expect(score.counts.actors).toMatchObject({ tp: 3, np: 4, ok: 3 });
    expect(score.detail.extraActors).toEqual(['Samsung']);
  });

  it('matches pledges on pledger and amount within 1%; cumulative gold is optional', () => {
    const pledges = [{ by: 'samsung', amount: 1.81e9 }, { by: 'samsung', amount: 2e10 }, { by: 'vn', amount: 5 }];
    const score = scoreArticle('01_x', gold, result({ actors, pledges }));
    expect(score.counts.pledges).toEqual({ tp: 1, np: 3, ng: 1, ok: 2 });
    const off = scoreArticle('01_x', gold, result({ actors, pledges: [{ by: 'samsung', amount: 1.9e9 }] }));
    expect(off.counts.pledges).toEqual({ tp: 0, np: 1, ng: 1, ok: 0 });
    expect(off.detail.missedPledges).toEqual(['Samsung 1800000000 USD — q']);
  });

  it('matches relations by type and ends, symmetric ones either way, FOCUSES_ON by sector name', () => {
    const relations = [
      { type: 'INVESTS_IN', from: 'samsung', to: 'vn' },
      { type: 'PARTNERS_WITH', from: 'samsung', to: 'vn' },
      { type: 'FOCUSES_ON', from: 'samsung', to: 'chips' },
      { type: 'HOLDS_ROLE', from: 'pmc', to: 'vn' }, // Government of Vietnam ≡ Vietnam
    ];
    const score = scoreArticle('01_x', gold, result({ actors, relations, sectors: [{ id: 'chips', name: 'Semiconductors' }] }));
    expect(score.counts.relations).toEqual({ tp: 4, np: 4, ng: 4, ok: 4 });
  });

  it('gives MEETS for PARTNERS_WITH credit only in the loose score', () => {
    const relations = [{ type: 'MEETS', from: 'vn', to: 'samsung' }];
    const score = scoreArticle('01_x', gold, result({ actors, relations }));
    expect(score.counts.relations.tp).toBe(0);
    expect(score.counts.relations_loose.tp).toBe(1);
    expect(score.detail.missedRelations).toContain('PARTNERS_WITH Vietnam -> Samsung');
  });

  it('counts every gold item as missed, optional ones too, when the article has no result', () => {
    const score = scoreArticle('01_x', gold, undefined);
    expect(score.found).toBe(false);
    expect(score.counts.actors).toEqual({ tp: 0, np: 0, ng: 5, ok: 0 });
    expect(score.counts.pledges.ng).toBe(2);
  });
});

describe('findResult', () => {
  it('pairs a gold stem with a result by file, or by an id the stem ends with', () => {
    const byFile = result({ article: { file: '/a/b/02_y.txt', id: 'zzz' } });
    const byId = result({ article: { file: null, id: 'c199190280fd8287' } });
    expect(findResult('02_y', [byId, byFile])).toBe(byFile);
    expect(findResult('000_c199190280fd8287', [byFile, byId])).toBe(byId);
    expect(findResult('03_z', [byFile])).toBeUndefined();
  });
});
