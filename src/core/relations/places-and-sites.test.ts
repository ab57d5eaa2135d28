import { describe, expect, it } from 'vitest';
import { extractArticle } from '../extract-article.ts';
import { article, testReference } from '../actors/test-reference.test-helper.ts';

const ref = testReference();
const located = (text: string) => {
  const c = extractArticle(article(`Tiêu đề\n${text}`), ref);
  const name = (id: string) => c.actors.find((a) => a.id === id)?.name ?? id;
  return c.relations.filter((r) => r.type === 'LOCATED_IN').map((r) => [name(r.from), name(r.to)]);
};

describe('where things are', () => {
  it('places a builder where it breaks ground or opens a plant', () => {
    expect(located('Tập đoàn Samsung đã khởi công nhà máy mới tại Khu công nghiệp Phú Mỹ, huyện Tân Thành.'))
      .toEqual(expect.arrayContaining([['Samsung', 'Khu công nghiệp Phú Mỹ'], ['Khu công nghiệp Phú Mỹ', 'Tân Thành']]));
  });

  it('reads a park or a district followed by its larger place after a comma', () => {
    expect(located('Nhà máy nằm ở Khu công nghiệp Đồng Văn, Hà Nội.')).toEqual([['Khu công nghiệp Đồng Văn', 'Hà Nội']]);
    expect(located('Dự án đặt tại huyện Sóc Sơn, Việt Nam.')).toEqual([['Sóc Sơn', 'Việt Nam']]);
  });

  it('does not chain a list of provinces', () => {
    expect(located('Các địa phương Hà Nội, Thành phố Hồ Chí Minh thu hút nhiều vốn.')).toEqual([]);
  });

  it('does not place a company that only names a site it was asked about', () => {
    expect(located('Samsung cho biết Khu công nghiệp Phú Mỹ, nơi LG từng khảo sát, rất thuận lợi.')).not.toContainEqual(['Samsung', 'Khu công nghiệp Phú Mỹ']);
  });

  it('reads a bracketed chain after a park: the park in the first place, that one in the next', () => {
    expect(located('Nhà máy đặt ở Khu công nghiệp Phú Mỹ (huyện Tân Thành, Thành phố Hồ Chí Minh) từ năm ngoái.'))
      .toEqual(expect.arrayContaining([['Khu công nghiệp Phú Mỹ', 'Tân Thành'], ['Tân Thành', 'Thành phố Hồ Chí Minh']]));
  });

  it('places a company at every site of a "có văn phòng ở A, B và C" list', () => {
    expect(located('Hyosung có văn phòng ở Hà Nội, Thành phố Hồ Chí Minh và Thung lũng Silicon.'))
      .toEqual(expect.arrayContaining([['Hyosung', 'Hà Nội'], ['Hyosung', 'Thành phố Hồ Chí Minh'], ['Hyosung', 'Thung lũng Silicon']]));
  });
});
