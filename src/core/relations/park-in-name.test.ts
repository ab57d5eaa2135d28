import { describe, expect, it } from 'vitest';
import { article, testReference } from '../actors/test-reference.test-helper.ts';
import { extractArticle } from '../extract-article.ts';

const ref = testReference();
const placed = (text: string) => {
  const c = extractArticle(article(`Tiêu đề\n${text}`), ref);
  const name = (id: string) => c.actors.find((a) => a.id === id)?.name ?? id;
  return c.relations.filter((r) => r.evidence.some((e) => e.rule === 'park-in-name')).map((r) => [name(r.from), name(r.to)]);
};

describe('a park named after its city', () => {
  it('lies in the city its name ends with, when the article names the city too', () => {
    expect(placed('Hyosung đặt nhà máy tại Khu công nghiệp Thăng Long Hà Nội. Lãnh đạo Hà Nội đã dự lễ.'))
      .toEqual([['Khu công nghiệp Thăng Long Hà Nội', 'Hà Nội']]);
  });

  it('leaves it to the chain when a district follows the name', () => {
    expect(placed('Hyosung đặt nhà máy tại Khu công nghiệp Thăng Long Hà Nội, huyện Đông Anh. Lãnh đạo Hà Nội đã dự lễ.')).toEqual([]);
  });
});
