import { describe, expect, it } from 'vitest';
import type { EvidenceRow, LoadPlan } from '../../core/plan/types.ts';
import { evidenceColumns } from './evidence-columns.ts';

const row = (articleId: string, n: number): EvidenceRow => ({
  id: `${articleId}:${n}`, factKey: `actor:a${n}`, articleId, quote: `q${n}`, start: n, end: n + 1,
  rule: 'r', confidence: 0.5 + n / 100, date: n % 2 ? '2024' : null, mentions: n + 1,
});
const plan = (id: string, n: number) => ({ article: { id }, evidence: Array.from({ length: n }, (_, i) => row(id, i)) }) as unknown as LoadPlan;

describe('evidenceColumns', () => {
  it('gives every row back, column by column, and each article its range', () => {
    const plans = [plan('a', 3), plan('empty', 0), plan('b', 2)];
    const { articles, columns } = evidenceColumns(plans);
    expect(articles).toEqual([{ id: 'a', from: 0, to: 3 }, { id: 'b', from: 3, to: 5 }]);
    const rows = plans.flatMap((p) => p.evidence);
    const back = columns.id.map((_, i) => Object.fromEntries(Object.entries(columns).map(([k, list]) => [k, list[i]])));
    expect(back).toEqual(rows);
    for (const a of articles) expect(columns.articleId.slice(a.from, a.to).every((id) => id === a.id)).toBe(true);
  });

  it('is empty for no evidence', () => {
    expect(evidenceColumns([plan('x', 0)])).toEqual({ articles: [], columns: { id: [], factKey: [], articleId: [], quote: [], start: [], end: [], rule: [], confidence: [], date: [], mentions: [] } });
  });
});
