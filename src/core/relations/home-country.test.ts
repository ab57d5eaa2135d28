import { describe, expect, it } from 'vitest';
import { article, testReference } from '../actors/test-reference.test-helper.ts';
import { extractArticle } from '../extract-article.ts';

const ref = testReference();
const homes = (text: string) => {
  const c = extractArticle(article(`Tiêu đề\n${text}`), ref);
  const name = (id: string) => c.actors.find((a) => a.id === id)?.name ?? id;
  return c.relations.filter((r) => r.type === 'LOCATED_IN').map((r) => [name(r.from), name(r.to)]);
};

describe("a body's home country written onto its name", () => {
  it('reads a country as the last word of the descriptor before the name', () => {
    expect(homes('Nhà đầu tư Hàn Quốc Hyosung vừa nhận giấy phép mới.')).toContainEqual(['Hyosung', 'Hàn Quốc']);
    expect(homes('Hãng chip lớn nhất của Mỹ là Nvidia đã công bố kế hoạch.')).toContainEqual(['Nvidia', 'Hoa Kỳ']);
  });

  it("reads a foreign country inside an organisation's own name", () => {
    // The country must be an actor of the article, named on its own somewhere, and not its home (here Việt Nam).
    expect(homes('Hiệp hội Bán dẫn Nhật Bản đã ký thỏa thuận với Samsung. Nhật Bản là đối tác lớn của Việt Nam.')).toContainEqual(['Hiệp hội Bán dẫn Nhật Bản', 'Nhật Bản']);
  });

  it('leaves a list, a complement, a pair of sides and the home country alone', () => {
    expect(homes('Hiệp hội Bán dẫn Nhật Bản - Hàn Quốc đã ký với Samsung. Nhật Bản và Hàn Quốc là đối tác của Việt Nam.')).toEqual([]);
    expect(homes('Đoàn công tác đã thăm Hàn Quốc và Hyosung trong tuần.')).toEqual([]);
    expect(homes('Samsung mở rộng sản xuất tại Hàn Quốc Hyosung cũng vậy.')).toEqual([]);
    expect(homes('Hiệp hội Bán dẫn Việt Nam đã ký thỏa thuận với Samsung. Nhật Bản là đối tác lớn của Việt Nam.')).toEqual([]);
  });
});

describe('a home country in an appositive after the name, and lists after "là"', () => {
  const located = (text: string) => extractArticle(article(`Tiêu đề\n${text}`), testReference()).relations
    .filter((r) => r.type === 'LOCATED_IN').map((r) => [r.from, r.to]).sort();

  it('reads "X – tập đoàn … của Mỹ"', () => {
    expect(located('Nvidia – tập đoàn sản xuất chip hàng đầu của Mỹ đã ký kết với Hyosung.')).toContainEqual(['nvidia', 'united-states']);
  });

  it('reads every name of "… của Mỹ là A và B"', () => {
    expect(located('NIC ký với hai tập đoàn bán dẫn lớn của Mỹ là Nvidia và Arm.')).toEqual(expect.arrayContaining([['arm', 'united-states'], ['nvidia', 'united-states']]));
  });
});
