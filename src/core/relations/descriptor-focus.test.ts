import { describe, expect, it } from 'vitest';
import { article, testReference } from '../actors/test-reference.test-helper.ts';
import { extractArticle } from '../extract-article.ts';

const ref = testReference();
const described = (text: string, rule = 'focus-descriptor') => {
  const c = extractArticle(article(`Tiêu đề\n${text}`), ref);
  const name = (id: string) => c.actors.find((a) => a.id === id)?.name ?? id;
  return c.relations.filter((r) => r.type === 'FOCUSES_ON' && r.evidence.some((e) => e.rule === rule)).map((r) => [name(r.from), r.to]);
};

describe('a business descriptor glued to a name', () => {
  it('gives the sector to the name right after it', () => {
    expect(described('Hôm qua, đại diện nhà thiết kế vi mạch hàng đầu Nvidia có mặt tại Hà Nội.')).toEqual([['Nvidia', 'semiconductors']]);
    expect(described('Một công ty trí tuệ nhân tạo của Mỹ là Arm đã mở văn phòng.')).toEqual([['Arm', 'ai']]);
  });

  it('reads size and origin words and a "như" list', () => {
    expect(described('Nhiều công ty thiết kế chip hàng đầu thế giới như Arm, Nvidia và Hyosung đã tới dự.'))
      .toEqual(expect.arrayContaining([['Arm', 'semiconductors'], ['Nvidia', 'semiconductors'], ['Hyosung', 'semiconductors']]));
    expect(described('Lễ ký có sự tham gia của tập đoàn bán dẫn Hàn Quốc Hyosung.')).toEqual([['Hyosung', 'semiconductors']]);
  });

  it('says nothing of a name after a verb, or without a business noun', () => {
    expect(described('Các công ty bán dẫn đã đầu tư vào Hyosung.')).toEqual([]);
    expect(described('Hội thảo về bán dẫn Nvidia tài trợ diễn ra hôm qua.')).toEqual([]);
  });

  it("gives a sector facility's owner its sector ('… đầu tiên của X')", () => {
    expect(described('Hôm qua đã khánh thành trung tâm dữ liệu siêu lớn đầu tiên của Hyosung.', 'focus-owned-facility')).toEqual([['Hyosung', 'data-centers']]);
  });

  it('leaves a "của" that belongs to a clause, or a country owner, alone', () => {
    expect(described('Ngành bán dẫn đã thu hút vốn của Hyosung.', 'focus-owned-facility')).toEqual([]);
    expect(described('Chiến lược bán dẫn của Hàn Quốc được công bố.', 'focus-owned-facility')).toEqual([]);
  });
});
