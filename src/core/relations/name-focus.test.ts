import { describe, expect, it } from 'vitest';
import { article, testReference } from '../actors/test-reference.test-helper.ts';
import { extractArticle } from '../extract-article.ts';

const ref = testReference();
const focus = (text: string) => {
  const c = extractArticle(article(`Tiêu đề\n${text}`), ref);
  const name = (id: string) => c.actors.find((a) => a.id === id)?.name ?? id;
  return c.relations.filter((r) => r.type === 'FOCUSES_ON').map((r) => [name(r.from), r.to, r.evidence[0]!.rule]);
};

describe('a sector stated in a name', () => {
  it('is the focus of the organisation when the article names the sector too', () => {
    expect(focus('Viện Trí tuệ nhân tạo Sao Mai vừa khai trương trụ sở mới. Thị trường trí tuệ nhân tạo tăng nhanh.'))
      .toContainEqual(['Viện Trí tuệ nhân tạo Sao Mai', 'ai', 'focus-in-name']);
  });

  it('is not read when the sector appears only inside the name', () => {
    expect(focus('Viện Trí tuệ nhân tạo Sao Mai vừa khai trương trụ sở mới tại Hà Nội.')).toEqual([]);
  });

  it('does not make a data centre its own focuser', () => {
    expect(focus('Trung tâm dữ liệu Sao Mai của Samsung khai trương. Nhu cầu trung tâm dữ liệu tăng cao.').filter((r) => r[2] === 'focus-in-name')).toEqual([]);
  });
});
