import { describe, expect, it } from 'vitest';
import { article, testReference } from '../../actors/test-reference.test-helper.ts';
import { extractArticle } from '../../extract-article.ts';

const ref = testReference();
const relations = (text: string, type: string) => {
  const c = extractArticle({ ...article(`Headline\n${text}`), language: 'en' }, ref);
  return c.relations.filter((r) => r.type === type).map((r) => [r.from, r.to].sort().join(' ~ ')).sort();
};

describe('English events: a possessive country is no party', () => {
  it("makes the body after \"Japan's\" the partner, and keeps Japan as its home only", () => {
    expect(relations("Hyosung has signed an agreement with Japan's Nvidia on chips.", 'PARTNERS_WITH')).toEqual(['hyosung ~ nvidia']);
    expect(relations("Hyosung has signed an agreement with Japan's Nvidia on chips.", 'LOCATED_IN')).toEqual(['japan ~ nvidia']);
  });

  it('reads every subject and every object past the possessive', () => {
    expect(relations("Hyosung and Arm have partnered with Japan's leading chipmaker Nvidia and LG.", 'PARTNERS_WITH'))
      .toEqual(['arm ~ lg-group', 'arm ~ nvidia', 'hyosung ~ lg-group', 'hyosung ~ nvidia']);
  });
});

describe('English lists with a descriptor after "and"', () => {
  it('pairs "A and the chipmaker B signed …"', () => {
    expect(relations('Hyosung and the chipmaker Nvidia also signed a cooperation agreement.', 'PARTNERS_WITH')).toEqual(['hyosung ~ nvidia']);
  });
});

describe('English visits', () => {
  const visits = (text: string) => {
    const c = extractArticle({ ...article(`Headline\n${text}`), language: 'en' }, ref);
    const name = (id: string) => c.actors.find((a) => a.id === id)?.name ?? id;
    return c.relations.filter((r) => r.type === 'VISITS').map((r) => [name(r.from), name(r.to)]);
  };

  it('gives "X’s visit to Y" to the possessor', () => {
    expect(visits('President Jensen Huang’s official visit to Japan lasted three days.')).toEqual([['Jensen Huang', 'Nhật Bản']]);
  });

  it('reads "led a delegation to Y"', () => {
    expect(visits('Tran Van Minh led a delegation to Japan in October.')).toEqual([['Tran Van Minh', 'Nhật Bản']]);
  });
});
