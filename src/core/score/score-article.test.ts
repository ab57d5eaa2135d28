import { describe, expect, it } from 'vitest';
import type { GoldArticle } from './gold.ts';
import { actor, claims, pledge, relation } from './make-claims.test-helper.ts';
import { scoreArticle } from './score-article.ts';

const gold: GoldArticle = {
  file: 'a.txt',
  actors: [
    { name: 'LG', kind: 'company' },
    { name: 'Việt Nam', kind: 'country' },
    { name: 'TPHCM', kind: 'place' },
    { name: 'Hàn Quốc', kind: 'country' },
  ],
  pledges: [
    { by: 'LG', to: 'Việt Nam', kind: 'investment', amount: 3e9, unit: 'USD', status: 'planned', period: null, quote: 'q' },
    { by: 'LG', to: 'TPHCM', kind: 'training', amount: 1000, unit: 'people', status: 'proposed', period: { start: 2025, end: 2026 }, quote: 'q' },
  ],
  relations: [
    { type: 'INVESTS_IN', from: 'LG', to: 'Việt Nam', quote: 'q' },
    { type: 'PARTNERS_WITH', from: 'Việt Nam', to: 'Hàn Quốc', date: '2024-06-25', quote: 'q' },
    { type: 'FOCUSES_ON', from: 'LG', to: 'electronics', quote: 'q' },
  ],
};

const perfectActors = [
  actor('lg', 'LG', 'company'),
  actor('vn', 'Việt Nam', 'country'),
  actor('hcm', 'TPHCM', 'place'),
  actor('kr', 'Hàn Quốc', 'country'),
];
const perfectPledges = [
  pledge({ by: 'lg', to: 'vn', amount: 3e9, unit: 'USD', status: 'planned' }),
  pledge({ by: 'lg', to: 'hcm', kind: 'training', amount: 1000, unit: 'people', status: 'proposed', period: { start: 2025, end: 2026 } }),
];
const perfectRelations = [
  relation('INVESTS_IN', 'lg', 'vn'),
  relation('PARTNERS_WITH', 'vn', 'kr', { date: '2024-06-25' }),
  relation('FOCUSES_ON', 'lg', 'electronics'),
];

describe('scoreArticle', () => {
  it('gives F1 1 everywhere when the claims say exactly what the gold says', () => {
    const score = scoreArticle(gold, claims('a.txt', { actors: perfectActors, pledges: perfectPledges, relations: perfectRelations }));
    for (const category of [score.actors, score.pledges, score.relations]) {
      expect(category).toMatchObject({ fp: 0, fn: 0, precision: 1, recall: 1, f1: 1 });
    }
    expect(score.actors.tp).toBe(4);
    expect(score.pledges.accuracy.status.rate).toBe(1);
    expect(score.pledges.accuracy.period).toEqual({ agree: 1, total: 1, rate: 1 });
    expect(score.relations.accuracy.date.rate).toBe(1);
  });

  it('drops pledge recall, not precision, when a pledge is missing', () => {
    const score = scoreArticle(gold, claims('a.txt', { actors: perfectActors, pledges: perfectPledges.slice(0, 1), relations: perfectRelations }));
    expect(score.pledges).toMatchObject({ tp: 1, fp: 0, fn: 1, precision: 1, recall: 0.5 });
    expect(score.pledges.f1).toBeCloseTo(2 / 3);
    expect(score.pledges.misses).toHaveLength(1);
    expect(score.pledges.misses[0]).toContain('1000');
  });

  it('matches a symmetric relation stated in the other direction, but not an asymmetric one', () => {
    const reversed = [relation('INVESTS_IN', 'vn', 'lg'), relation('PARTNERS_WITH', 'kr', 'vn'), relation('FOCUSES_ON', 'lg', 'electronics')];
    const score = scoreArticle(gold, claims('a.txt', { actors: perfectActors, relations: reversed }));
    expect(score.relations).toMatchObject({ tp: 2, fp: 1, fn: 1 });
    expect(score.relations.byType.PARTNERS_WITH).toEqual({ tp: 1, fp: 0, fn: 0 });
    expect(score.relations.byType.INVESTS_IN).toEqual({ tp: 0, fp: 1, fn: 1 });
  });

  it('matches names regardless of diacritics, case, punctuation and through aliases', () => {
    const actors = [
      actor('lg', 'lg', 'company'),
      actor('vn', 'VIET NAM', 'country'),
      actor('hcm', 'Thành phố Hồ Chí Minh', 'place', ['TP.HCM']),
      actor('kr', 'Han Quoc', 'organization'),
    ];
    const score = scoreArticle(gold, claims('a.txt', { actors }));
    expect(score.actors).toMatchObject({ tp: 4, fp: 0, fn: 0 });
    expect(score.actors.accuracy.kind).toEqual({ agree: 3, total: 4, rate: 0.75 });
  });

  it('counts an actor that is not in the gold as a false positive, and matches one-to-one', () => {
    const actors = [...perfectActors, actor('lg2', 'LG', 'company'), actor('x', 'Samsung', 'company')];
    const score = scoreArticle(gold, claims('a.txt', { actors }));
    expect(score.actors).toMatchObject({ tp: 4, fp: 2, fn: 0 });
    expect(score.actors.falsePositives).toEqual(['LG (company)', 'Samsung (company)']);
  });

  it('requires the same amount (within 1%) and unit, and reports status apart from the match', () => {
    const pledges = [
      pledge({ by: 'lg', to: 'vn', amount: 3.02e9, unit: 'usd', status: 'committed' }),
      pledge({ by: 'lg', to: 'hcm', amount: 1000, unit: 'USD' }),
    ];
    const score = scoreArticle(gold, claims('a.txt', { actors: perfectActors, pledges }));
    expect(score.pledges).toMatchObject({ tp: 1, fp: 1, fn: 1 });
    expect(score.pledges.accuracy.status).toEqual({ agree: 0, total: 1, rate: 0 });
    const offByMore = scoreArticle(gold, claims('a.txt', { actors: perfectActors, pledges: [pledge({ by: 'lg', amount: 3.1e9, unit: 'USD' })] }));
    expect(offByMore.pledges.tp).toBe(0);
  });

  it('does not match a pledge made by someone else', () => {
    const pledges = [pledge({ by: 'kr', to: 'vn', amount: 3e9, unit: 'USD' })];
    const score = scoreArticle(gold, claims('a.txt', { actors: perfectActors, pledges }));
    expect(score.pledges.tp).toBe(0);
  });

  it('accepts either side of a mutual pledge as its maker', () => {
    const mutual: GoldArticle = {
      ...gold,
      pledges: [{ by: 'Việt Nam', to: 'Hàn Quốc', kind: 'trade', amount: 150e9, unit: 'USD', status: 'planned', mutual: true, quote: 'q' }],
    };
    const pledges = [pledge({ by: 'kr', to: 'vn', kind: 'trade', amount: 150e9, unit: 'USD' })];
    const score = scoreArticle(mutual, claims('a.txt', { actors: perfectActors, pledges }));
    expect(score.pledges).toMatchObject({ tp: 1, fp: 0, fn: 0 });
    expect(score.pledges.accuracy.to.rate).toBe(1);
  });

  it('needs the exact sector id for FOCUSES_ON and reports a wrong date apart from the match', () => {
    const relations = [relation('FOCUSES_ON', 'lg', 'semiconductors'), relation('PARTNERS_WITH', 'vn', 'kr', { date: '2023' })];
    const score = scoreArticle(gold, claims('a.txt', { actors: perfectActors, relations }));
    expect(score.relations).toMatchObject({ tp: 1, fp: 1, fn: 2 });
    expect(score.relations.accuracy.date).toEqual({ agree: 0, total: 1, rate: 0 });
  });

  it('scores empty claims as recall 0 and precision 1', () => {
    const score = scoreArticle(gold, claims('a.txt', {}));
    expect(score.actors).toMatchObject({ tp: 0, fn: 4, precision: 1, recall: 0, f1: 0 });
  });
});
