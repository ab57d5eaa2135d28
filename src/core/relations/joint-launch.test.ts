import { describe, expect, it } from 'vitest';
import { article, testReference } from '../actors/test-reference.test-helper.ts';
import { extractArticle } from '../extract-article.ts';

const ref = testReference();
const partners = (text: string) => extractArticle(article(`Tiêu đề\n${text}`), ref).relations
  .filter((r) => r.type === 'PARTNERS_WITH').map((r) => [r.from, r.to].sort().join(' ~ ')).sort();

describe('bodies that launch one thing together', () => {
  it('pairs the parties of "A (X) và B (Y) chính thức ra mắt chương trình …"', () => {
    expect(partners('Hôm qua, Hyosung (Hàn Quốc) và Nvidia (Mỹ) đã chính thức ra mắt chương trình đào tạo kỹ sư.')).toEqual(['hyosung ~ nvidia']);
    expect(partners('Samsung, Arm và Bộ Ngoại giao công bố kế hoạch phát triển nhân lực.')).toEqual(['arm ~ mofa', 'arm ~ samsung-group', 'mofa ~ samsung-group']);
  });

  it('says nothing when each launches its own, or what is launched is no shared plan', () => {
    expect(partners('Hyosung và Nvidia đều công bố kế hoạch mở rộng sản xuất.')).toEqual([]);
    expect(partners('Hyosung và Nvidia công bố kết quả kinh doanh quý III.')).toEqual([]);
  });
});
