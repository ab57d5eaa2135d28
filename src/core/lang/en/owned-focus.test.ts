import { describe, expect, it } from 'vitest';
import { article, testReference } from '../../actors/test-reference.test-helper.ts';
import { extractArticle } from '../../extract-article.ts';

const ref = testReference();
const owned = (text: string) => {
  const c = extractArticle({ ...article(`Headline\n${text}`), language: 'en' }, ref);
  return c.relations.filter((r) => r.type === 'FOCUSES_ON' && r.evidence.some((e) => e.rule === 'en-focus-owned')).map((r) => [r.from, r.to]);
};

describe("a sector facility's owner", () => {
  it('reads a possessive and an "owned by" phrase', () => {
    expect(owned("Officials toured Hyosung's new data center last week.")).toEqual([['hyosung', 'data-centers']]);
    expect(owned('The city hosts a large data center operated by the Korean group Hyosung.')).toEqual([['hyosung', 'data-centers']]);
  });

  it('leaves a country owner or a clause in between alone', () => {
    expect(owned("Japan's data center market grew.")).toEqual([]);
    expect(owned('The data center plan was praised and later signed by Hyosung.')).toEqual([]);
  });
});
