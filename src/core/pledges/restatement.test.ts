import { describe, expect, it } from 'vitest';
import { article, testReference } from '../actors/test-reference.test-helper.ts';
import { extractArticle } from '../extract-article.ts';
import { isCumulative } from './cumulative.ts';

const ref = testReference();
const pledgesOf = (text: string) => extractArticle(article(text, '2025-03-10'), ref).pledges;
const brief = (text: string) => pledgesOf(text).map((p) => [p.by, p.amount, p.unit, p.cumulative]);

describe('one pledge per promise', () => {
  it('reads an amount restated in another currency as one pledge, in the first-stated currency', () => {
    expect(brief('Tiêu đề\nHyosung cam kết đầu tư 900 triệu USD (khoảng 22.000 tỷ đồng) tại TPHCM.')).toEqual([['hyosung', 9e8, 'USD', false]]);
    expect(brief('Tiêu đề\nLG sẽ đầu tư 5.000 tỷ đồng, tương đương 200 triệu USD, vào Hà Nội.')).toEqual([['lg-group', 5e12, 'VND', false]]);
  });

  it('keeps two amounts in one currency, or joined by "và", as two pledges', () => {
    expect(brief('Tiêu đề\nHyosung cam kết đầu tư 100 triệu USD vào TPHCM và 50 triệu USD vào Hà Nội.').length).toBe(2);
  });

  it('merges a headline and the body stating the same amount, keeping the more specific recipient and both quotes', () => {
    const [p, ...rest] = pledgesOf('Hyosung rót 700 triệu USD vào Việt Nam\nNgày 8/3, Hyosung cam kết đầu tư 700 triệu USD tại TPHCM.');
    expect(rest).toEqual([]);
    expect(p).toMatchObject({ by: 'hyosung', amount: 7e8, to: 'ho-chi-minh-city' });
    expect(p!.evidence).toHaveLength(2);
  });

  it('flags a running total as cumulative and a project\'s capital as not', () => {
    const [now, total] = pledgesOf('Tiêu đề\nSamsung cam kết đầu tư thêm 1 tỷ USD, nâng tổng vốn đầu tư của tập đoàn tại Việt Nam lên 23 tỷ USD.');
    expect(now).toMatchObject({ amount: 1e9, cumulative: false });
    expect(total).toMatchObject({ amount: 23e9, cumulative: true });
    expect(brief('Tiêu đề\nHyosung cam kết xây dựng nhà máy có tổng vốn đầu tư 600 triệu USD tại TPHCM.')).toEqual([['hyosung', 6e8, 'USD', false]]);
  });

  it('recognises running-total wording in both languages', () => {
    const cases: Array<[string, boolean]> = [
      ['tổng vốn đầu tư tích lũy của tập đoàn đạt 12 tỷ usd', true],
      ['đến nay, tổng vốn đầu tư của công ty vào việt nam là 2 tỷ usd', true],
      ['the company has invested $3 billion', true],
      ['bringing its total investment in vietnam to $5 billion', true],
      ['dự án có tổng vốn đầu tư 1 tỷ usd', false],
      ['công ty cam kết đầu tư 200 triệu usd', false],
    ];
    for (const [s, want] of cases) expect([s, isCumulative(s, 0, s.search(/\$|\d/))]).toEqual([s, want]);
  });

  it('reads hiring by a company the previous sentence introduced, with its period', () => {
    const [p] = pledgesOf('Tiêu đề\nHyosung khánh thành nhà máy mới tại TPHCM. Công ty dự kiến tuyển thêm 3.000 lao động trong 2 năm tới.');
    expect(p).toMatchObject({ by: 'hyosung', amount: 3000, unit: 'people', status: 'planned', period: { start: 2025, end: 2027 } });
  });
});
