import { describe, expect, it } from 'vitest';
import { article, TEST_GAZETTEER, testReference } from '../actors/test-reference.test-helper.ts';
import { Gazetteer } from '../reference.ts';
import { extractArticle } from '../extract-article.ts';

const ref = testReference();
const claimsOf = (text: string) => extractArticle(article(text, '2025-04-02'), ref);
const rels = (text: string) => claimsOf(text).relations.map((r) => [r.type, r.from, r.to]);

describe('who the subject is', () => {
  it('never makes the addressee of a notice ("gửi X") the one who pledges', () => {
    const [p] = claimsOf('Tiêu đề\nTheo văn bản Hyosung gửi Bộ Ngoại giao, doanh nghiệp sẽ rót thêm 20 triệu USD vào ngày 19/12.').pledges;
    expect(p).toMatchObject({ by: 'hyosung', amount: 2e7 });
  });

  it('gives a pledge a titled person announces to the body they lead', () => {
    const [p] = claimsOf('Tiêu đề\nTổng giám đốc Hyosung Kim Min-jun cho biết doanh nghiệp sẽ đầu tư thêm 200 triệu USD vào TPHCM.').pledges;
    expect(p).toMatchObject({ by: 'hyosung', amount: 2e8 });
  });

  it('never takes a place of a "tại A, B" chain as the subject', () => {
    const [p] = claimsOf('Tiêu đề\nHyosung khởi công nhà máy tại TPHCM, Việt Nam với vốn 300 triệu USD.').pledges;
    expect(p).toMatchObject({ by: 'hyosung' });
  });

  it('reads a person with an appositive role as the subject of the verb after it', () => {
    expect(rels('Tiêu đề\nÔng Kim Min-jun, Chủ tịch Hyosung, đã gặp Bộ trưởng Bộ Ngoại giao Lê Văn An.')).toContainEqual(['MEETS', 'kim-min-jun', 'le-van-an']);
    expect(rels('Tiêu đề\nÔng Kim Min-jun, Chủ tịch Hyosung, đã gặp Bộ trưởng Bộ Ngoại giao Lê Văn An.')).not.toContainEqual(['MEETS', 'hyosung', 'le-van-an']);
  });

  it('reads breaking ground on a sector facility as the builder\'s focus', () => {
    expect(rels('Tiêu đề\nHôm qua, Hyosung đã khởi công trung tâm dữ liệu tại Hà Nội.')).toContainEqual(['FOCUSES_ON', 'hyosung', 'data-centers']);
  });

  it('keeps a list of subjects whose last item brings its business noun ("A, B và doanh nghiệp C")', () => {
    const got = rels('Tiêu đề\nNvidia, Hyosung và doanh nghiệp Hyundai Motor công bố kế hoạch phát triển trung tâm dữ liệu.');
    expect(got).toEqual(expect.arrayContaining([['FOCUSES_ON', 'nvidia', 'data-centers'], ['FOCUSES_ON', 'hyosung', 'data-centers'], ['FOCUSES_ON', 'hyundai-motor', 'data-centers']]));
  });

  it('lets titled people stand for their organisations in a cooperation\'s field', () => {
    const got = rels('Tiêu đề\nCEO Nvidia Jensen Huang và Chủ tịch Hyosung Cho Hyun-joon ký thỏa thuận hợp tác về trí tuệ nhân tạo.');
    expect(got).toEqual(expect.arrayContaining([['FOCUSES_ON', 'nvidia', 'ai'], ['FOCUSES_ON', 'hyosung', 'ai']]));
    expect(got.some(([t, from]) => t === 'FOCUSES_ON' && from === 'jensen-huang')).toBe(false);
  });

  it('points "Công ty …" at the company just written about, not an earlier one named with that head', () => {
    const withFpt = testReference(Gazetteer.parse([...TEST_GAZETTEER, { id: 'fpt', name: 'FPT', kind: 'company', aliases: ['Công ty Cổ phần FPT'] }]));
    const text = 'Tiêu đề\nChủ tịch FPT Lê Văn Bình tham dự.\nNvidia khai trương văn phòng tại Hà Nội. Công ty đặt mục tiêu tuyển 500 kỹ sư trong năm 2025.';
    const [p] = extractArticle(article(text, '2025-04-02'), withFpt).pledges;
    expect(p).toMatchObject({ by: 'nvidia', amount: 500 });
  });
});

describe('a subject list with bracketed home countries', () => {
  it('keeps "A (X) và B (Y)" one list of subjects', () => {
    const got = rels('Tiêu đề\nHyosung (Hàn Quốc) và Nvidia (Mỹ) sẽ tập trung phát triển trí tuệ nhân tạo.');
    expect(got).toEqual(expect.arrayContaining([['FOCUSES_ON', 'hyosung', 'ai'], ['FOCUSES_ON', 'nvidia', 'ai']]));
  });
});

describe('a fronted place phrase ending in a name', () => {
  it('reads the name after "Tại trụ sở A," as the subject, and not A', () => {
    const got = rels('Tiêu đề\nTại trụ sở Bộ Ngoại giao, Hyosung đã ký hợp tác với Nvidia.');
    expect(got).toContainEqual(['PARTNERS_WITH', 'hyosung', 'nvidia']);
    expect(got).not.toContainEqual(['PARTNERS_WITH', 'mofa', 'nvidia']);
  });

  it('still reads "với A, B và C" as one list of partners', () => {
    const got = rels('Tiêu đề\nBộ Ngoại giao ký hợp tác với Samsung, Hyosung và Nvidia.');
    expect(got).toEqual(expect.arrayContaining([['PARTNERS_WITH', 'mofa', 'samsung-group'], ['PARTNERS_WITH', 'hyosung', 'mofa'], ['PARTNERS_WITH', 'mofa', 'nvidia']]));
  });
});

describe('"tới" of a time phrase', () => {
  it('keeps the actor after "trong thời gian tới" as the subject, not a complement', () => {
    expect(rels('Tiêu đề\nBộ Ngoại giao mong rằng trong thời gian tới Hyosung sẽ tiếp tục hợp tác với Nvidia.')).toContainEqual(['PARTNERS_WITH', 'hyosung', 'nvidia']);
    expect(rels('Tiêu đề\nTrong năm tới Hyosung sẽ hợp tác với Nvidia.')).toContainEqual(['PARTNERS_WITH', 'hyosung', 'nvidia']);
  });

  it('still reads "tới" before a place as a destination', () => {
    expect(rels('Tiêu đề\nĐoàn đã tới Hà Nội và Hyosung hợp tác với Nvidia.')).not.toContainEqual(['PARTNERS_WITH', 'hanoi', 'nvidia']);
  });
});

describe('"doanh nghiệp này"', () => {
  it('points a demonstrative company phrase at the company just named, mid-sentence too', () => {
    const [p] = claimsOf('Tiêu đề\nTập đoàn Samsung tham dự. Hyosung khánh thành nhà máy mới. Theo đó, doanh nghiệp này sẽ đầu tư 300 triệu USD vào TPHCM.').pledges;
    expect(p).toMatchObject({ by: 'hyosung', amount: 3e8, to: 'ho-chi-minh-city' });
  });
});

describe('what is asked, offered and opened', () => {
  it('states no relation for what another party only asks for, but keeps a partnership asked to continue', () => {
    expect(rels('Tiêu đề\nBộ trưởng Bộ Ngoại giao Lê Văn An đề nghị Hyosung mở rộng đầu tư tại TPHCM.').filter(([t]) => t === 'INVESTS_IN' || t === 'LOCATED_IN')).toEqual([]);
    expect(rels('Tiêu đề\nBộ trưởng Lê Văn An đề nghị Nvidia tiếp tục hợp tác với Hyosung.')).toContainEqual(['PARTNERS_WITH', 'hyosung', 'nvidia']);
  });

  it('reads an actor\'s own offer of support and companionship as partnerships, from the actor', () => {
    const got = rels('Tiêu đề\nÔng Jensen Huang cho biết Nvidia sẵn sàng hỗ trợ Việt Nam phát triển AI và sẽ đồng hành cùng các doanh nghiệp như Hyosung, Samsung.');
    expect(got).toEqual(expect.arrayContaining([['PARTNERS_WITH', 'nvidia', 'vietnam'], ['PARTNERS_WITH', 'hyosung', 'nvidia'], ['PARTNERS_WITH', 'nvidia', 'samsung-group']]));
    expect(got.some(([t, a, b]) => t === 'PARTNERS_WITH' && a !== 'nvidia' && b !== 'nvidia')).toBe(false);
  });

  it('reads opening an office as where the actor is, not as investing', () => {
    const got = rels('Tiêu đề\nNvidia khai trương văn phòng tại Hà Nội.');
    expect(got).toContainEqual(['LOCATED_IN', 'nvidia', 'hanoi']);
    expect(got.some(([t]) => t === 'INVESTS_IN')).toBe(false);
  });

  it('lets a delegation act for whom it comes from, and a Vietnamese Prime Minister hold a post in Vietnam', () => {
    const got = rels('Tiêu đề\nĐoàn công tác của Hyosung đã đến thăm TPHCM và làm việc với Bộ Ngoại giao. Thủ tướng Phạm Minh Chính phát biểu.');
    expect(got).toEqual(expect.arrayContaining([['VISITS', 'hyosung', 'ho-chi-minh-city'], ['HOLDS_ROLE', 'pham-minh-chinh', 'vietnam']]));
    expect(got.some(([t, a, b]) => t === 'MEETS' && [a, b].includes('hyosung') && [a, b].includes('mofa'))).toBe(true);
  });

  it('ties a company in an appositive to the home country in brackets', () => {
    expect(rels('Tiêu đề\nBộ trưởng Lê Văn An tiếp ông Cho Hyun-joon, Chủ tịch Tập đoàn Hyosung (Hàn Quốc).')).toContainEqual(['LOCATED_IN', 'hyosung', 'south-korea']);
  });
});

describe('parties named after the verb', () => {
  it('links every pair of the parties of an MoU "giữa A, B và C"', () => {
    const got = rels('Tiêu đề\nLễ ký kết biên bản ghi nhớ giữa Hyosung, Nvidia và Samsung đã diễn ra.').filter(([t]) => t === 'PARTNERS_WITH');
    expect(got).toHaveLength(3);
  });

  it('gives a project\'s capital to the company it belongs to, named after the amount', () => {
    const [p] = claimsOf('Tiêu đề\nDự án có tổng vốn đầu tư 700 triệu USD của Công ty Hyosung được triển khai tại TPHCM.').pledges;
    expect(p).toMatchObject({ by: 'hyosung', amount: 7e8 });
  });

  it('gives a pair\'s trade target to the pair', () => {
    const [p] = claimsOf('Tiêu đề\nHai bên phấn đấu đưa kim ngạch thương mại Hàn Quốc - Nhật Bản lên 40 tỷ USD vào năm 2030.').pledges;
    expect([p?.by, p?.to]).toEqual(['south-korea', 'japan']);
  });
});

describe('focus carried to the next sentence', () => {
  it('carries the focuser only to a sentence that points back to it', () => {
    expect(rels('Tiêu đề\nHyosung và Nvidia ký kết thỏa thuận. Công nghệ trí tuệ nhân tạo được kỳ vọng phát triển mạnh.').filter(([t]) => t === 'FOCUSES_ON')).toEqual([]);
    expect(rels('Tiêu đề\nHyosung khai trương nhà máy. Công ty cũng quan tâm tới lĩnh vực trí tuệ nhân tạo.')).toContainEqual(['FOCUSES_ON', 'hyosung', 'ai']);
  });
});
