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

describe('a -based appositive and where a firm goes', () => {
  it('reads "X, the Hanoi-based company" and the country of "the Hanoi-based US fund"', () => {
    expect(located('Hyosung, the Hanoi-based company, opened talks.')).toContainEqual(['Hyosung', 'Hà Nội']);
    expect(located('Nvidia, a Hanoi-based US chip designer, is hiring.')).toEqual(expect.arrayContaining([['Nvidia', 'Hà Nội'], ['Nvidia', 'Hoa Kỳ']]));
  });

  it('needs the -based word: "X, the Hanoi office" says nothing', () => {
    expect(located('Hyosung, the Hanoi office manager said, is hiring.')).toEqual([]);
  });

  it('reads "entered Hanoi" and "expanding its team into Vietnam", not "entered into an agreement"', () => {
    expect(located('Arm entered Hanoi last year to set up a team.')).toContainEqual(['Arm', 'Hà Nội']);
    expect(located('Hyosung is expanding its design team into Vietnam.')).toContainEqual(['Hyosung', 'Việt Nam']);
    expect(located('Arm entered into an agreement with Hyosung.')).toEqual([]);
  });

  it('reads the place behind "the northern province of"', () => {
    expect(located('Hyosung will build a plant in the southern province of California.')).toContainEqual(['Hyosung', 'California']);
  });
});

describe('a possessive with a two-part descriptor', () => {
  it('reads "Japan’s software and telecoms conglomerate Hyosung" as its home', () => {
    expect(located('Sumitomo will buy a stake in a unit of Japan’s software and telecoms conglomerate Hyosung.')).toContainEqual(['Hyosung', 'Nhật Bản']);
  });
});
