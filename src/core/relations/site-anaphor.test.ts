import { describe, expect, it } from 'vitest';
import { article, testReference } from '../actors/test-reference.test-helper.ts';
import { extractArticle } from '../extract-article.ts';

const ref = testReference();
const focus = (text: string) => extractArticle(article(`Tiêu đề\n${text}`), ref).relations
  .filter((r) => r.type === 'FOCUSES_ON').map((r) => [r.from, r.to]);

describe('a plant or project sentence after a company', () => {
  it("gives what the plant makes to the one company the sentence before was about", () => {
    expect(focus('Hyosung vừa nhận giấy phép cho nhà máy mới ở Hà Nội. Nhà máy sẽ sản xuất và đóng gói vi mạch cho thị trường châu Á.'))
      .toEqual([['hyosung', 'semiconductors']]);
  });

  it('says nothing after two companies', () => {
    expect(focus('Hyosung và Samsung vừa nhận giấy phép cho nhà máy mới ở Hà Nội. Nhà máy sẽ sản xuất và đóng gói vi mạch.')).toEqual([]);
  });
});
