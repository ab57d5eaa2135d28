import { describe, expect, it } from 'vitest';
import { article, testReference } from '../actors/test-reference.test-helper.ts';
import { extractArticle } from '../extract-article.ts';

const ref = testReference();
const read = (text: string) => {
  const c = extractArticle(article(`Tiêu đề\n${text}`), ref);
  return {
    pledges: c.pledges.map((p) => [p.by, p.amount, p.to]),
    located: c.relations.filter((r) => r.type === 'LOCATED_IN').map((r) => [r.from, r.to]),
    partners: c.relations.filter((r) => r.type === 'PARTNERS_WITH').map((r) => [r.from, r.to].sort()),
  };
};

describe('a home country written right after a body', () => {
  it('is the body\'s home, not the one who pledges: "Hyosung Hàn Quốc đầu tư …"', () => {
    const r = read('Tập đoàn Hyosung Hàn Quốc đầu tư 59 triệu USD.');
    expect(r.pledges).toEqual([['hyosung', 59_000_000, null]]);
    expect(r.located).toEqual([['hyosung', 'south-korea']]);
  });

  it('is no recipient in brackets either: "Nvidia (Hoa Kỳ) đầu tư …"', () => {
    const r = read('Tập đoàn Nvidia (Hoa Kỳ) đầu tư 59 triệu USD.');
    expect(r.pledges).toEqual([['nvidia', 59_000_000, null]]);
    expect(r.located).toEqual([['nvidia', 'united-states']]);
  });

  it('keeps a list whose items carry their home in brackets', () => {
    expect(read('Tập đoàn Hyosung (Hàn Quốc) và Tập đoàn Nvidia (Hoa Kỳ) ký kết thỏa thuận hợp tác.').partners).toEqual([['hyosung', 'nvidia']]);
  });

  it('is no recipient after "của" either: "Hyosung của Hàn Quốc sẽ đầu tư …"', () => {
    expect(read('Công ty Hyosung của Hàn Quốc sẽ đầu tư 40 tỷ yên để xây dựng một nhà máy.').pledges).toEqual([['hyosung', 40_000_000_000, null]]);
  });
});

describe('a head and a word that only says whose', () => {
  it('reads "Công ty Nhật đầu tư …" as no company at all', () => {
    const c = extractArticle(article('Tiêu đề\nCông ty Nhật đầu tư hơn 200 triệu USD xây nhà máy.'), ref);
    expect(c.actors.map((a) => a.name)).not.toContain('Công ty Nhật');
    expect(c.pledges).toEqual([]);
  });

  it('reads "cung cấp" (to supply) in a descriptor as no pledge verb, so the company after it pledges', () => {
    expect(read('Hãng cung cấp linh kiện Hyosung sẽ đầu tư 40 tỷ yên.').pledges).toEqual([['hyosung', 40_000_000_000, null]]);
  });
});

describe('an address written as a chain of units', () => {
  it('chains "xã X, huyện Y, tỉnh Z" even when Y begins like a surname, and past a unit word outside a known name', () => {
    const r = read('Dự án được thực hiện tại xã Canh Tân, huyện Vân Hải, thành phố Hà Nội.');
    expect(r.located).toEqual(expect.arrayContaining([['canh-tan', 'van-hai'], ['van-hai', 'hanoi']]));
  });

  it('still reads a person after "UBND huyện", not a place', () => {
    const c = extractArticle(article('Tiêu đề\nChủ tịch UBND huyện Nguyễn Văn An phát biểu.'), ref);
    expect(c.actors.filter((a) => a.kind === 'place').map((a) => a.name)).toEqual([]);
  });
});

describe('an official at a plant ceremony', () => {
  const rels = (text: string, type: string) => extractArticle(article(`Tiêu đề\n${text}`), ref).relations.filter((r) => r.type === type).map((r) => [r.from, r.to]);

  it('visits the company whose plant opens, and is not located where it is', () => {
    const text = 'Bộ trưởng Bộ Ngoại giao Lê Văn An dự lễ khánh thành nhà máy của Hyosung tại Hà Nội.';
    expect(rels(text, 'VISITS')).toEqual([['le-van-an', 'hyosung']]);
    expect(rels(text, 'LOCATED_IN')).not.toContainEqual(['le-van-an', 'hanoi']);
  });
});
