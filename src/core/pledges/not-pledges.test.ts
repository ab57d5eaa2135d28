import { describe, expect, it } from 'vitest';
import { article, testReference } from '../actors/test-reference.test-helper.ts';
import { extractArticle } from '../extract-article.ts';

const ref = testReference();
const claimsOf = (text: string) => extractArticle(article(text, '2025-05-20'), ref);
const brief = (text: string) => claimsOf(text).pledges.map((p) => [p.by, p.amount, p.cumulative]);

describe('figures that are not promises', () => {
  it('leaves out market value, achieved results and research spending', () => {
    expect(brief('Tiêu đề\nGiá trị thị trường của Nvidia hiện là 2.500 tỷ USD.')).toEqual([]);
    expect(brief('Tiêu đề\nNăm 2024, doanh thu của Hyosung tại Việt Nam đạt 3 tỷ USD.')).toEqual([]);
    expect(brief('Tiêu đề\nMỗi năm, Đại học Quốc gia chi 150 tỷ đồng cho nghiên cứu.')).toEqual([]);
  });

  it('keeps a stated target with the same words', () => {
    expect(brief('Tiêu đề\nHyosung đặt mục tiêu doanh thu tại Việt Nam đạt 4 tỷ USD vào năm 2027.')).toEqual([['hyosung', 4e9, false]]);
  });

  it('does not make a country named only in the headline a pledger', () => {
    const claims = claimsOf('Hàn Quốc rót 5 tỷ USD vào Việt Nam\nNgày 19/5, Hyosung cam kết đầu tư 1 tỷ USD tại TPHCM.');
    expect(claims.pledges.map((p) => [p.by, p.amount])).toEqual([['hyosung', 1e9]]);
    expect(claims.relations.some((r) => r.type === 'INVESTS_IN' && r.from === 'south-korea')).toBe(false);
  });

  it('flags what a group of a country\'s firms has invested as a running total', () => {
    expect(brief('Tiêu đề\nCác doanh nghiệp Nhật Bản đã đầu tư hơn 60 tỷ USD vào Việt Nam.').map(([, , c]) => c)).toEqual([true]);
  });
});

describe('bodies with "và" in their field', () => {
  it('reads "Sở Kế hoạch và Đầu tư …" whole but keeps two bodies joined by "và" apart', () => {
    const names = claimsOf('Tiêu đề\nSở Kế hoạch và Đầu tư Hà Nội và Bộ Ngoại giao cùng tham dự.').actors.map((a) => a.name);
    expect(names).toContain('Sở Kế hoạch và Đầu tư Hà Nội');
    expect(names).toContain('Bộ Ngoại giao');
  });
});
