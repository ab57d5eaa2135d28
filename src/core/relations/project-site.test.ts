import { describe, expect, it } from 'vitest';
import { article, testReference } from '../actors/test-reference.test-helper.ts';
import { extractArticle } from '../extract-article.ts';

const ref = testReference();
const sited = (text: string) => {
  const c = extractArticle(article(`Tiêu đề\n${text}`), ref);
  const name = (id: string) => c.actors.find((a) => a.id === id)?.name ?? id;
  return c.relations.filter((r) => r.type === 'LOCATED_IN' && r.evidence.some((e) => e.rule === 'project-site')).map((r) => [name(r.from), name(r.to)]);
};

describe("a project sentence that names no owner", () => {
  it("places the company of the sentence before at the project's park", () => {
    expect(sited('Tập đoàn Samsung vừa nhận giấy phép cho dự án mới. Dự án được triển khai trên diện tích 40 ha tại Khu công nghiệp Phú Mỹ.'))
      .toEqual([['Samsung', 'Khu công nghiệp Phú Mỹ']]);
  });

  it('says nothing with two companies before, a province for site, or an organisation in the sentence', () => {
    expect(sited('Samsung và Hyosung vừa công bố kế hoạch. Dự án được triển khai tại Khu công nghiệp Phú Mỹ.')).toEqual([]);
    expect(sited('Samsung vừa công bố kế hoạch. Dự án được triển khai tại Hà Nội.')).toEqual([]);
    expect(sited('Samsung vừa công bố kế hoạch. Dự án của Hyosung được triển khai tại Khu công nghiệp Phú Mỹ.')).toEqual([]);
  });
});

describe("a project sentence naming the park's developer", () => {
  it('still places the company of the sentence before at the park', () => {
    expect(sited('Tập đoàn Samsung vừa nhận giấy phép cho dự án mới. Đây là dự án thuộc Khu công nghiệp Phú Mỹ do Hyosung (mã: HSC) làm chủ đầu tư.'))
      .toEqual([['Samsung', 'Khu công nghiệp Phú Mỹ']]);
  });
});
