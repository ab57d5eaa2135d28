import { describe, expect, it } from 'vitest';
import { article, testReference } from '../actors/test-reference.test-helper.ts';
import { extractArticle } from '../extract-article.ts';

const ref = testReference();

function pledgersOf(text: string) {
  return extractArticle(article(text, '2024-06-26'), ref).pledges.map((p) => [p.by, p.amount]);
}

describe('a demonstrative subject ("tập đoàn này", "doanh nghiệp này")', () => {
  it('points back to the actor named with the same head noun, not the last one named', () => {
    const text = 'Tin công nghệ\nÔng Kim điều hành Tập đoàn Hyosung từ năm 2010.\nHyosung hợp tác với Nvidia và Samsung trong nhiều năm.\n'
      + 'Năm tới, tập đoàn này cũng công bố một dự án có tổng vốn đầu tư 300 triệu USD.';
    expect(pledgersOf(text)).toEqual([['hyosung', 300e6]]);
  });

  it('reads a head noun no actor rule knows ("quỹ đầu tư này") over the subject carried', () => {
    const text = 'Tin công nghệ\nÔng Kim đứng đầu quỹ Arm.\nSamsung và Nvidia làm việc với Arm.\n'
      + 'Năm 2025, quỹ đầu tư này công bố dự án có tổng vốn đầu tư 1 tỷ USD.';
    expect(pledgersOf(text)).toEqual([['arm', 1e9]]);
  });
});
