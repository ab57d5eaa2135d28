/** English pledges: distributive "each", profit and revenue targets, the carried subject, possessive people. */
import { describe, expect, it } from 'vitest';
import { article, testReference } from '../../actors/test-reference.test-helper.ts';
import { extractArticle } from '../../extract-article.ts';

const ref = testReference();
const brief = (text: string) => extractArticle({ ...article(`Headline\n${text}`), language: 'en' }, ref).pledges.map((p) => [p.by, p.amount, p.unit]);

describe('English pledgers and targets', () => {
  it('gives "each" one promise per party listed', () => {
    expect(brief('Hyosung and Nvidia will each acquire a 20% stake in the venture.').sort()).toEqual([['hyosung', 20, 'percent'], ['nvidia', 20, 'percent']]);
    expect(brief('Hyosung and Nvidia will acquire a 20% stake in the venture.')).toHaveLength(1);
  });

  it('reads a revenue target but not a profit target', () => {
    expect(brief('Hyosung targets $40 million in revenue from its data centre business this year.')).toEqual([['hyosung', 4e7, 'USD']]);
    expect(brief('Hyosung targets a 21% increase in profit before tax this year.')).toEqual([]);
  });

  it('keeps the subject carried through a sentence that opens with "It"', () => {
    const text = 'Hyosung is setting up a data centre in Hanoi. It is operating a similar centre using Nvidia technology. The company targets $40 million in revenue this year.';
    expect(brief(text).map(([by]) => by)).toEqual(['hyosung']);
  });

  it('does not make a person named as an owner the subject', () => {
    const text = 'Hyosung Chairman Cho Min-ho secured Prime Minister Tran Van Hung\'s support for a future investment of at least $4 billion.';
    expect(brief(text)).toEqual([['hyosung', 4e9, 'USD']]);
  });
});

describe('the place a pledge goes to, past a place word', () => {
  it('reads "in the northern province of X" as the recipient', () => {
    const c = extractArticle({ ...article('Headline\nHyosung will build a $2 billion plant in the northern province of Hanoi.'), language: 'en' }, ref);
    expect(c.pledges.map((p) => [p.by, p.to])).toEqual([['hyosung', 'hanoi']]);
  });
});
