import { describe, expect, it } from 'vitest';
import { article, testReference } from '../actors/test-reference.test-helper.ts';
import { extractArticle } from '../extract-article.ts';

const ref = testReference();
const facts = (text: string, rule: string) => {
  const c = extractArticle(article(`Tiêu đề\n${text}`), ref);
  const name = (id: string) => c.actors.find((a) => a.id === id)?.name ?? id;
  return c.relations.filter((r) => r.evidence.some((e) => e.rule === rule)).map((r) => [r.type, name(r.from), name(r.to)]);
};

describe("a park's developer", () => {
  it('reads "KCN X do Y (…) làm chủ đầu tư" as Y investing in the park', () => {
    expect(facts('Nhà máy nằm trong Khu công nghiệp Phú Mỹ do Tập đoàn Samsung (mã: SSG) làm chủ đầu tư.', 'park-developer'))
      .toEqual([['INVESTS_IN', 'Samsung', 'Khu công nghiệp Phú Mỹ']]);
  });

  it('says nothing without investment wording', () => {
    expect(facts('Nhà máy nằm trong Khu công nghiệp Phú Mỹ do Tập đoàn Samsung quản lý.', 'park-developer')).toEqual([]);
  });
});
