import { describe, expect, it } from 'vitest';
import { article, testReference } from '../actors/test-reference.test-helper.ts';
import { extractArticle } from '../extract-article.ts';

const ref = testReference();

function relationsOf(text: string, published: string | null = '2024-06-26') {
  return extractArticle(article(text, published), ref).relations.map((r) => ({ type: r.type, from: r.from, to: r.to, role: r.role, date: r.date }));
}

describe('relation rules', () => {
  it('reads a visit with its date and the place of the visited company', () => {
    const rels = relationsOf('Thủ tướng Phạm Minh Chính thăm Tập đoàn công nghệ Nvidia tại thung lũng Silicon (California) ngày 18/9/2023.');
    expect(rels).toEqual(expect.arrayContaining([
      { type: 'VISITS', from: 'pham-minh-chinh', to: 'nvidia', role: null, date: '2023-09-18' },
      { type: 'LOCATED_IN', from: 'nvidia', to: 'silicon-valley', role: null, date: null },
      { type: 'LOCATED_IN', from: 'silicon-valley', to: 'california', role: null, date: null },
    ]));
  });

  it('reads the parties of a cooperation named after it ("hợp tác … của X với Y", "của A và B"), not the sentence subject', () => {
    const partners = (text: string) => relationsOf(`Tiêu đề\n${text}`).filter((r) => r.type === 'PARTNERS_WITH').map((r) => [r.from, r.to]);
    expect(partners('Bộ Ngoại giao đánh giá cao sự hợp tác hiệu quả của Hyosung với Việt Nam trong nhiều năm.')).toEqual([['hyosung', 'vietnam']]);
    expect(partners('Hội thảo tổng kết kết quả hợp tác của Nhật Bản và Nvidia trong năm qua.')).toEqual([['japan', 'nvidia']]);
  });

  it('reads the traveller of a trip named after its destination ("chuyến thăm Y của X")', () => {
    const visits = relationsOf('Tiêu đề\nBộ Ngoại giao chuẩn bị chu đáo cho chuyến thăm Nhật Bản của Phó Thủ tướng Lê Văn An.').filter((r) => r.type === 'VISITS');
    expect(visits.map((r) => [r.from, r.to])).toEqual([['le-van-an', 'japan']]);
  });

  it('stores a symmetric meeting once, from the smaller id', () => {
    const rels = relationsOf('Cuộc họp diễn ra dưới sự đồng chủ trì của Bộ trưởng Bộ Kế hoạch - Đầu tư Nguyễn Chí Dũng và Thứ trưởng Bộ Ngoại giao Mỹ Jose Fernandez.');
    const meets = rels.filter((r) => r.type === 'MEETS');
    expect(meets).toEqual([{ type: 'MEETS', from: 'jose-fernandez', to: 'nguyen-chi-dung', role: null, date: null }]);
  });

  it('reads roles from titles before and after a name', () => {
    const rels = relationsOf('Ông Jensen Huang, Chủ tịch, Tổng giám đốc Tập đoàn Nvidia, cho biết. Đại sứ Việt Nam tại Mỹ Nguyễn Quốc Dũng nói.');
    const roles = rels.filter((r) => r.type === 'HOLDS_ROLE').map((r) => [r.from, r.to, r.role]);
    expect(roles).toEqual(expect.arrayContaining([
      ['jensen-huang', 'nvidia', 'Chủ tịch, Tổng giám đốc'], ['nguyen-quoc-dung', 'vietnam', 'Đại sứ'],
    ]));
    // one post per person and organisation, however many titles it has
    expect(roles.filter(([from, to]) => from === 'jensen-huang' && to === 'nvidia')).toHaveLength(1);
  });

  it('reads partnerships, training and investment with governed objects', () => {
    const rels = relationsOf('TPHCM mong muốn hợp tác sâu rộng với ba quốc gia Hoa Kỳ, Nhật Bản và Hàn Quốc. Doanh nghiệp Hàn Quốc muốn tăng đào tạo nhân lực bán dẫn cho Việt Nam.');
    const pick = (type: string) => rels.filter((r) => r.type === type).map((r) => [r.from, r.to]);
    expect(pick('PARTNERS_WITH')).toEqual(expect.arrayContaining([
      ['ho-chi-minh-city', 'united-states'], ['ho-chi-minh-city', 'japan'], ['ho-chi-minh-city', 'south-korea'],
    ]));
    expect(pick('TRAINS')).toEqual([['south-korea', 'vietnam']]);
  });

  it('ties an actor to the sectors its own activity names', () => {
    const rels = relationsOf('Hyosung xây dựng trung tâm dữ liệu tại TPHCM và đầu tư vào lĩnh vực bán dẫn.');
    const focus = rels.filter((r) => r.type === 'FOCUSES_ON').map((r) => [r.from, r.to]);
    expect(focus).toEqual(expect.arrayContaining([['hyosung', 'data-centers'], ['hyosung', 'semiconductors']]));
    expect(focus.some(([from]) => from === 'ho-chi-minh-city')).toBe(false);
  });

  it('gives the focus of a request to the one asked, not to who asks', () => {
    const text = 'Bộ trưởng Bộ Kế hoạch - Đầu tư Nguyễn Chí Dũng gặp Arm.\nBộ trưởng Dũng đề nghị ARM hỗ trợ các trường đại học hàng đầu Việt Nam trong đào tạo thiết kế chip.';
    const focus = relationsOf(text).filter((r) => r.type === 'FOCUSES_ON').map((r) => [r.from, r.to]);
    // stated at the headline level the finer sector falls under
    expect(focus).toEqual([['arm', 'semiconductors']]);
  });

  it('relates a bilateral pair among itself', () => {
    const rels = relationsOf('Hàn Quốc - Việt Nam thiết lập quan hệ ngoại giao từ 1992. Cuộc họp Đối thoại kinh tế Việt Nam - Hoa Kỳ diễn ra.');
    expect(rels.filter((r) => r.type === 'PARTNERS_WITH' || r.type === 'MEETS').map((r) => [r.type, r.from, r.to])).toEqual([
      ['MEETS', 'united-states', 'vietnam'], ['PARTNERS_WITH', 'south-korea', 'vietnam'],
    ]);
  });

  it('reads a reception after a place opener, and titles joined by "kiêm"', () => {
    const text = 'Chiều 15/3, tại Hà Nội, Bộ trưởng Bộ Ngoại giao Bùi Thanh Sơn đã tiếp ông Jensen Huang, Chủ tịch kiêm Tổng giám đốc Tập đoàn Nvidia.';
    const rels = relationsOf(text);
    expect(rels).toEqual(expect.arrayContaining([
      { type: 'MEETS', from: 'bui-thanh-son', to: 'jensen-huang', role: null, date: '2024-03-15' },
      { type: 'HOLDS_ROLE', from: 'jensen-huang', to: 'nvidia', role: 'Chủ tịch, Tổng giám đốc', date: null },
      { type: 'HOLDS_ROLE', from: 'bui-thanh-son', to: 'mofa', role: 'Bộ trưởng', date: null },
    ]));
  });

  it('pairs companies that sign together', () => {
    const rels = relationsOf('Samsung Electronics và Tập đoàn Nvidia đã ký kết thỏa thuận hợp tác về trí tuệ nhân tạo.');
    expect(rels.filter((r) => r.type === 'PARTNERS_WITH').map((r) => [r.from, r.to])).toEqual([['nvidia', 'samsung-electronics']]);
  });
});


describe('partners each with their own topic', () => {
  it('reads "ký hợp tác với A (X) về … và B về …" as two partners', () => {
    const rels = relationsOf('Tiêu đề\nBộ Ngoại giao đã ký hợp tác với Tập đoàn Samsung (SEV) về đào tạo kỹ sư và Hyosung về thúc đẩy sản xuất pin.');
    expect(rels).toEqual(expect.arrayContaining([
      expect.objectContaining({ type: 'PARTNERS_WITH', from: 'mofa', to: 'samsung-group' }),
      expect.objectContaining({ type: 'PARTNERS_WITH', from: 'hyosung', to: 'mofa' }),
    ]));
  });
});

describe('"sang / tới / đến" a country', () => {
  it('is no visit when the subject sends something else there', () => {
    const rels = relationsOf('Tiêu đề\nHyosung đang dịch chuyển chuỗi sản xuất sang Việt Nam.');
    expect(rels.filter((r) => r.type === 'VISITS')).toEqual([]);
    expect(relationsOf('Tiêu đề\nTổng thống Hàn Quốc Yoon Suk-yeol sang Việt Nam.').filter((r) => r.type === 'VISITS'))
      .toEqual([expect.objectContaining({ from: 'yoon-suk-yeol', to: 'vietnam' })]);
  });
});
