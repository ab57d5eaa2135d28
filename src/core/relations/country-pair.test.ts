import { describe, expect, it } from 'vitest';
import { article, testReference } from '../actors/test-reference.test-helper.ts';
import { extractArticle } from '../extract-article.ts';

const ref = testReference();
const partners = (text: string, language: 'vi' | 'en' = 'vi') =>
  extractArticle({ ...article(text), language }, ref).relations.filter((r) => r.type === 'PARTNERS_WITH').map((r) => [r.from, r.to].sort());

describe('two countries joined by a dash in a cooperation', () => {
  it('reads the cooperation before the pair in Vietnamese', () => {
    expect(partners('Tiêu đề\nQuan hệ hợp tác Nhật Bản - Lào ngày càng phát triển.')).toEqual([['japan', 'laos']]);
  });

  it('reads the cooperation after the pair in English', () => {
    expect(partners('Headline\nIt marks a milestone in the Japan-Laos partnership on energy.', 'en')).toEqual([['japan', 'laos']]);
  });

  it('does not read a trade figure between two countries as a cooperation', () => {
    expect(partners('Tiêu đề\nKim ngạch Nhật Bản - Lào đạt 2 tỷ USD.')).toEqual([]);
  });
});

describe('the members of a consortium', () => {
  it('pairs the members a consortium noun lists, past a bracketed home country', () => {
    expect(partners('Tiêu đề\nDự án do liên danh Tập đoàn Hyosung (Hàn Quốc) và Công ty Minh Quang đề xuất tại Hà Nội.'))
      .toEqual([['cong-ty-minh-quang', 'hyosung']]);
  });
});

describe('"between A and B" far from the agreement in English', () => {
  it('pairs each between-list of a sentence that names agreements', () => {
    const text = 'Headline\nThe MoUs include one on chips, power cooperation between Samsung\'s unit Samsung Electronics and Hyosung, and cloud development between Nvidia and Samsung.';
    const found = partners(text, 'en');
    expect(found).toEqual(expect.arrayContaining([['hyosung', 'samsung-electronics'], ['nvidia', 'samsung-group']]));
    expect(found).not.toContainEqual(['hyosung', 'samsung-group']);
  });

  it('needs an agreement word in the sentence', () => {
    expect(partners('Headline\nThe gap between Hyosung and Nvidia is large.', 'en')).toEqual([]);
  });
});

describe('lists of parties', () => {
  it('pairs every party of "between A, B, and C" after an agreement word', () => {
    const found = partners('Headline\nA joint venture between Hyosung, Nvidia, and Arm won the licence.', 'en');
    expect(found).toEqual(expect.arrayContaining([['hyosung', 'nvidia'], ['arm', 'hyosung'], ['arm', 'nvidia']]));
  });

  it('pairs the members a consortium lists after "gồm N đơn vị là"', () => {
    const found = partners('Tiêu đề\nLiên danh Sao Mai, gồm 3 đơn vị là Tập đoàn Hyosung, Tập đoàn Nvidia và Tập đoàn Arm, khởi công dự án.');
    expect(found).toEqual(expect.arrayContaining([['hyosung', 'nvidia'], ['arm', 'hyosung']]));
  });
});
