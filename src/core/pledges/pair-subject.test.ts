import { describe, expect, it } from 'vitest';
import { article, testReference } from '../actors/test-reference.test-helper.ts';
import { extractArticle } from '../extract-article.ts';

const ref = testReference();

describe('a pair of countries as the subject ("Việt Nam - Lào đặt mục tiêu …")', () => {
  it('is pledged by the pair\'s first, to its second', () => {
    const text = 'Tin đối ngoại\nNăm nay, Nhật Bản - Hàn Quốc đặt mục tiêu kim ngạch thương mại song phương đạt 80 tỷ USD.';
    const [p, ...rest] = extractArticle(article(text, '2024-06-26'), ref).pledges;
    expect(rest).toEqual([]);
    expect(p).toMatchObject({ by: 'japan', to: 'south-korea', kind: 'trade', amount: 80e9 });
  });
});
