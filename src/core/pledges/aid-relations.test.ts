import { describe, expect, it } from 'vitest';
import { article, testReference } from '../actors/test-reference.test-helper.ts';
import { extractArticle } from '../extract-article.ts';

const ref = testReference();
const read = (text: string, language: 'vi' | 'en' = 'vi') => {
  const c = extractArticle({ ...article(`Tiêu đề\n${text}`), language }, ref);
  return { kinds: c.pledges.map((p) => p.kind), invests: c.relations.filter((r) => r.type === 'INVESTS_IN').map((r) => [r.from, r.to]) };
};

describe('aid and grants are funding: INVESTS_IN the recipient', () => {
  it('reads "hỗ trợ … triệu euro" as aid, and the grant as investing in the one supported', () => {
    const r = read('Nhật Bản hỗ trợ Lào 43 triệu USD cho dự án thủy điện.');
    expect(r.kinds).toEqual(['aid']);
    expect(r.invests).toEqual([['japan', 'laos']]);
  });

  it('keeps an investment word ahead of the support word', () => {
    expect(read('Samsung sẽ đầu tư 100 triệu USD để hỗ trợ Lào.').kinds).toEqual(['investment']);
  });

  it('reads an English grant the same way', () => {
    expect(read('Japan will grant $20 million in non-refundable aid to Laos.', 'en').invests).toEqual([['japan', 'laos']]);
  });
});
