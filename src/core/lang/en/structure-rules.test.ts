import { describe, expect, it } from 'vitest';
import { article, testReference } from '../../actors/test-reference.test-helper.ts';
import { extractArticle } from '../../extract-article.ts';

const ref = testReference();
const located = (text: string) => {
  const c = extractArticle({ ...article(`Headline\n${text}`), language: 'en' }, ref);
  const name = (id: string) => c.actors.find((a) => a.id === id)?.name ?? id;
  return c.relations.filter((r) => r.type === 'LOCATED_IN').map((r) => [name(r.from), name(r.to)]);
};

describe('English home countries and places', () => {
  it("reads a country's possessive before an agency or a ministry, not only a company", () => {
    expect(located("Japan's Ministry of Economy signed the deal with Samsung on Monday.")).toContainEqual(['Ministry of Economy', 'Nhật Bản']);
    expect(located("South Korea's Hyosung opened a plant.")).toContainEqual(['Hyosung', 'Hàn Quốc']);
  });

  it('does not read a plain list', () => {
    expect(located('Japan and Samsung signed the deal.')).toEqual([]);
  });

  it('reads a bracketed chain after a park and a district named with its unit', () => {
    expect(located('The plant sits in Phu My Industrial Park (Tan Thanh District, Hanoi) since 2020.'))
      .toEqual(expect.arrayContaining([['Phu My Industrial Park', 'Tan Thanh District'], ['Tan Thanh District', 'Hà Nội']]));
  });
});

describe('a plural demonym descriptor before a list', () => {
  const homes = (text: string) => extractArticle({ ...article(`Headline\n${text}`), language: 'en' }, testReference()).relations
    .filter((r) => r.type === 'LOCATED_IN').map((r) => [r.from, r.to]).sort();

  it('gives every listed name the home of "Japanese giants …", and only the first after a singular one', () => {
    expect(homes('Japanese giants Hyosung, Nvidia and Arm signed deals.')).toEqual([['arm', 'japan'], ['hyosung', 'japan'], ['nvidia', 'japan']]);
    expect(homes('Japanese giant Hyosung, Nvidia and Arm signed deals.')).toEqual([['hyosung', 'japan']]);
  });
});
