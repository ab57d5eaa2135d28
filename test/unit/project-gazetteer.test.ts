/** Entries of the project gazetteer that name-reading depends on: regions, districts, stock exchanges. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { article, testReference } from '../../src/core/actors/test-reference.test-helper.ts';
import { extractArticle } from '../../src/core/extract-article.ts';
import { Gazetteer, type Reference } from '../../src/core/reference.ts';

function names(text: string, reference: Reference): string[] {
  return extractArticle(article(text), reference).actors.map((a) => a.name);
}

describe('the project gazetteer', () => {
  const seeds = testReference(Gazetteer.parse(JSON.parse(readFileSync(new URL('../../seeds/reference/gazetteer.json', import.meta.url), 'utf8'))));

  it('knows world regions, so "Mỹ Latin" is not the United States', () => {
    const found = names('Hãng có văn phòng ở Mỹ Latin, vùng Caribe, châu Phi và Trung Đông.', seeds);
    expect(found).toEqual(['Mỹ Latin', 'Caribe', 'Châu Phi', 'Trung Đông']);
  });

  it('knows the outer districts of Ho Chi Minh City and the stock exchanges', () => {
    const found = names('Dự án ở Cần Giờ và Củ Chi của một công ty niêm yết trên HoSE và sàn Nasdaq.', seeds);
    expect(found).toEqual(expect.arrayContaining(['Cần Giờ', 'Củ Chi', 'Sở Giao dịch Chứng khoán TP.HCM', 'Nasdaq']));
  });
});
