import { describe, expect, it } from 'vitest';
import { article, testReference } from '../../actors/test-reference.test-helper.ts';
import { extractArticle } from '../../extract-article.ts';

const ref = testReference();
const pledges = (text: string) => {
  const c = extractArticle({ ...article(`Headline\n${text}`), language: 'en' }, ref);
  const name = (id: string) => c.actors.find((a) => a.id === id)?.name ?? id;
  return c.pledges.map((p) => [name(p.by), p.amount]);
};

describe('English pledges after a lead-in', () => {
  it('gives the amount to the subject after "Under the deal," or "According to the agreement,"', () => {
    expect(pledges('Under the deal, Samsung will invest $300 million in a new plant.')).toEqual([['Samsung', 300_000_000]]);
    expect(pledges('According to the agreement, Hyosung will spend $50 million on a research centre.')).toEqual([['Hyosung', 50_000_000]]);
  });

  it('keeps the first subject when one stands before the lead-in noun', () => {
    expect(pledges('Samsung signed a deal with Hyosung to invest $300 million in a new plant.')).toEqual([['Samsung', 300_000_000]]);
  });
});

describe('English datelines', () => {
  it('does not glue a dateline to the name after its em dash', () => {
    const c = extractArticle({ ...article('Headline\nDA NANG — Lotus Robotics Corporation will invest $300 million in a new plant.'), language: 'en' }, ref);
    expect(c.actors.map((a) => a.name)).toContain('Lotus Robotics Corporation');
    expect(c.actors.map((a) => a.name).filter((n) => n.includes('—'))).toEqual([]);
  });
});

describe('English pledges: the anaphor before the nearest verb, shares, local units', () => {
  const ref2 = testReference();
  const read2 = (text: string) => {
    const c = extractArticle({ ...article(`Headline\n${text}`), language: 'en' }, ref2);
    const name = (id: string) => c.actors.find((a) => a.id === id)?.name ?? id;
    return c.pledges.map((p) => [name(p.by), p.amount, p.unit]);
  };

  it('reads "To reach this target, the company will invest …" as the company carried from before', () => {
    expect(read2('Hyosung announced a new plan. To reach this target, the company will invest US$10.5 billion in Asia.'))
      .toEqual([['Hyosung', 10_500_000_000, 'USD']]);
  });

  it('reads no pledge in "representing 75% of total investments"', () => {
    expect(read2('Hyosung will invest US$10.5 billion in Asia, representing 75% of total investments.')).toEqual([['Hyosung', 10_500_000_000, 'USD']]);
  });

  it('reads "Hyosung Solar Vietnam" as the local unit that acquires, not Vietnam', () => {
    expect(read2('Its subsidiary Hyosung Solar Vietnam will acquire 100% of the shares of a wind farm.')).toEqual([['Hyosung Solar Vietnam', 100, 'percent']]);
  });
});
