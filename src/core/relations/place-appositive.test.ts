import { describe, expect, it } from 'vitest';
import { article, testReference } from '../actors/test-reference.test-helper.ts';
import { extractArticle } from '../extract-article.ts';

const ref = testReference();
const placed = (text: string) => extractArticle(article(`Tiêu đề\n${text}`), ref).relations
  .filter((r) => r.evidence.some((e) => e.rule === 'place-appositive')).map((r) => [r.type, r.from, r.to]);

describe('a place appositive ("X, một tỉnh của Y")', () => {
  it('puts the place in the larger place its appositive ends at', () => {
    expect(placed('Samsung có nhà máy ở Hà Nội, một thành phố của Việt Nam mà nhiều hãng đã chọn.')).toEqual([['LOCATED_IN', 'hanoi', 'vietnam']]);
    expect(placed('Thành phố Hồ Chí Minh, địa phương đông dân nhất Việt Nam, thu hút Hyosung.')).toEqual([['LOCATED_IN', 'ho-chi-minh-city', 'vietnam']]);
  });

  it('says nothing of a country that is not where the place lies, or of a long clause', () => {
    expect(placed('Hà Nội, một thành phố có nhiều nhà đầu tư của Hàn Quốc, đón Hyosung.')).toEqual([]);
    expect(placed('Hà Nội, thành phố mà nhiều doanh nghiệp lớn đã chọn đặt trụ sở tại Việt Nam.')).toEqual([]);
  });
});
