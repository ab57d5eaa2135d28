import { describe, expect, it } from 'vitest';
import { article, TEST_GAZETTEER, testReference } from '../actors/test-reference.test-helper.ts';
import { extractArticle } from '../extract-article.ts';
import { Gazetteer } from '../reference.ts';

const ref = testReference(Gazetteer.parse([...TEST_GAZETTEER, { id: 'korea-government', name: 'Chính phủ Hàn Quốc', kind: 'government', country: 'south-korea' }]));
const roles = (text: string) => extractArticle(article(`Tiêu đề\n${text}`), ref).relations
  .filter((r) => r.type === 'HOLDS_ROLE').map((r) => [r.from, r.to]);

describe("an ambassador's post", () => {
  it('goes to the government of the country when the article names it', () => {
    expect(roles('Đại sứ Hàn Quốc tại Việt Nam Park Min-soo cho biết Chính phủ Hàn Quốc sẽ hỗ trợ Hà Nội.')).toEqual([['park-min-soo', 'korea-government']]);
  });

  it('stays with the country otherwise, and other posts keep their country', () => {
    expect(roles('Đại sứ Hàn Quốc tại Việt Nam Park Min-soo thăm Hà Nội.')).toEqual([['park-min-soo', 'south-korea']]);
    expect(roles('Tổng thống Hàn Quốc Yoon Suk-yeol nói Chính phủ Hàn Quốc sẽ hỗ trợ Hà Nội.')).toEqual([['yoon-suk-yeol', 'south-korea']]);
  });
});
