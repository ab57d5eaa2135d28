import { describe, expect, it } from 'vitest';
import { article, testReference } from './test-reference.test-helper.ts';
import { extractArticle } from '../extract-article.ts';

const ref = testReference();
const roles = (text: string) => extractArticle(article(`Tiêu đề\n${text}`), ref).relations
  .filter((r) => r.type === 'HOLDS_ROLE').map((r) => [r.from, r.to, r.role]).sort();

describe('posts written between two named people', () => {
  it('keeps posts of two named people apart', () => {
    expect(roles('Có mặt Chủ tịch Hyosung Cho Hyun-joon, Giám đốc Nvidia Jensen Huang.'))
      .toEqual([['cho-hyun-joon', 'hyosung', 'Chủ tịch'], ['jensen-huang', 'nvidia', 'Giám đốc']]);
  });
});
