import { describe, expect, it } from 'vitest';
import { extractArticle } from '../extract-article.ts';
import { article, TEST_GAZETTEER, testReference } from './test-reference.test-helper.ts';

const ref = testReference();

function actorsOf(text: string, reference = ref) {
  return extractArticle(article(text), reference).actors;
}

describe('actor patterns', () => {
  it('finds an organisation by its head, with the acronym in parentheses and its place as aliases', () => {
    const text = 'Ngày 14/4, Trung tâm Cách mạng công nghiệp lần thứ 4 (C4IR) TPHCM làm việc với đoàn công tác.\n'
      + 'Giám đốc C4IR TPHCM Lê Trường Duy giới thiệu về C4IR.';
    const actors = actorsOf(text);
    const centre = actors.find((a) => a.name === 'Trung tâm Cách mạng công nghiệp lần thứ 4 TPHCM');
    expect(centre?.kind).toBe('organization');
    expect(centre?.source).toBe('pattern');
    expect(centre?.aliases).toEqual(expect.arrayContaining(['C4IR', 'C4IR TPHCM']));
    expect(centre?.mentions.map((m) => m.quote)).toEqual(expect.arrayContaining(['C4IR TPHCM', 'C4IR']));
    expect(actors.find((a) => a.kind === 'person')?.name).toBe('Lê Trường Duy');
  });

  it('finds a company again by its name without the legal form, but not by one plain word', () => {
    const text = 'Công ty TNHH KTX Việt Nam khởi công nhà máy. Ông Lê Văn Bình, Giám đốc KTX Việt Nam, cho biết nhà máy sẽ mở rộng.\n'
      + 'Công ty Cổ phần Minh vừa ký hợp đồng. Minh là tên một kỹ sư.';
    const actors = actorsOf(text);
    const ktx = actors.find((a) => a.name === 'Công ty TNHH KTX Việt Nam');
    expect(ktx?.mentions.map((m) => m.quote)).toEqual(['Công ty TNHH KTX Việt Nam', 'KTX Việt Nam']);
    expect(actors.some((a) => a.kind === 'country')).toBe(false);
    expect(actors.find((a) => a.name === 'Công ty Cổ phần Minh')?.mentions).toHaveLength(1);
  });

  it('resolves a titled given name to the full name introduced earlier', () => {
    const text = 'Bộ trưởng Bộ Kế hoạch - Đầu tư Nguyễn Chí Dũng làm việc với Arm.\nBộ trưởng Dũng đề nghị ARM mở văn phòng.';
    const person = actorsOf(text).find((a) => a.kind === 'person');
    expect(person?.id).toBe('nguyen-chi-dung');
    expect(person?.mentions.map((m) => m.quote)).toEqual(['Nguyễn Chí Dũng', 'Dũng']);
  });

  it('reads Latin names after titles and ministries narrowed by a country', () => {
    const text = 'Cuộc họp do Thứ trưởng Bộ Ngoại giao Mỹ Jose Fernandez chủ trì.';
    const actors = actorsOf(text);
    expect(actors.find((a) => a.kind === 'person')?.name).toBe('Jose Fernandez');
    const ministry = actors.find((a) => a.name === 'Bộ Ngoại giao Mỹ');
    expect(ministry).toMatchObject({ kind: 'government', country: 'united-states', source: 'pattern' });
  });

  it('does not turn capitalised sentence-start words into actors', () => {
    const text = 'Theo đó, Trung tâm cũng mong muốn thu hút đầu tư. Tin vui là Doanh nghiệp vẫn tăng trưởng.';
    expect(actorsOf(text)).toEqual([]);
  });

  it('finds a company the gazetteer lacks from a company cue', () => {
    const withoutNvidia = testReference(TEST_GAZETTEER.filter((e) => e.id !== 'nvidia'));
    const text = 'Thủ tướng Phạm Minh Chính thăm Tập đoàn công nghệ Nvidia tại thung lũng Silicon.';
    const nvidia = actorsOf(text, withoutNvidia).find((a) => a.name === 'Nvidia');
    expect(nvidia).toMatchObject({ kind: 'company', source: 'pattern', id: 'nvidia' });
    expect(nvidia?.aliases).toContain('Tập đoàn công nghệ Nvidia');
  });

  it('lists Latin brands next to a company cue as companies', () => {
    const text = 'Bộ trưởng làm việc với công ty Qualcomm, Marvell tại thung lũng Silicon.';
    const names = actorsOf(text).filter((a) => a.kind === 'company').map((a) => a.name);
    expect(names).toEqual(['Qualcomm', 'Marvell']);
  });

  it('gives every mention an exact quote of the stored text', () => {
    const text = 'Đại sứ Việt Nam tại Mỹ Nguyễn Quốc Dũng cho biết Samsung Electronics sẽ đầu tư.';
    for (const actor of actorsOf(text)) {
      for (const m of actor.mentions) expect(text.slice(m.start, m.end)).toBe(m.quote);
    }
  });

  it('reads a bare head opening a sentence as the organisation named before', () => {
    const text = 'Trung tâm Đổi mới sáng tạo quốc gia (NIC) khai trương cơ sở mới.\nTrung tâm cũng mong muốn thu hút đầu tư.';
    const centre = actorsOf(text).find((a) => a.kind === 'organization');
    expect(centre?.mentions.map((m) => [m.quote, m.rule])).toEqual([
      ['Trung tâm Đổi mới sáng tạo quốc gia (NIC)', 'org-head'], ['Trung tâm', 'bare-head-anaphora'],
    ]);
    expect(centre?.aliases).not.toContain('Trung tâm');
  });

  it('reads bilateral short forms and "hai nước" as both countries, without making them aliases', () => {
    const text = 'Việt Nam và Hàn Quốc ký kết. Quan hệ Việt - Hàn phát triển. Hai nước là đối tác. Việt Nam, Hàn Quốc.';
    const actors = actorsOf(text);
    for (const id of ['vietnam', 'south-korea']) {
      const country = actors.find((a) => a.id === id);
      expect(country?.mentions.map((m) => m.quote)).toEqual(expect.arrayContaining(['Việt - Hàn', 'Hai nước']));
      expect(country?.aliases).not.toContain('Hai nước');
    }
  });

  it('takes a Latin name followed by a business verb as a company, but not an acronym', () => {
    const text = 'Theo báo cáo, Qualcomm dự kiến đầu tư 1 tỷ USD; vốn FDI đầu tư vào Việt Nam tăng.';
    const companies = actorsOf(text).filter((a) => a.kind === 'company');
    expect(companies.map((a) => [a.name, a.mentions[0]?.rule])).toEqual([['Qualcomm', 'brand-before-business-verb']]);
  });
});


describe('a foreign company named in full with its legal form', () => {
  it('reads a brand longer than three words when a legal form closes it, and names it without the form', () => {
    const c = extractArticle(article('Tiêu đề\nTập đoàn Wuxi Hongda Precision Optics Co., Ltd (Trung Quốc) đầu tư vào Bắc Giang.'), testReference());
    const company = c.actors.find((a) => a.kind === 'company');
    expect(company?.name).toBe('Wuxi Hongda Precision Optics');
    expect(company?.aliases).toContain('Wuxi Hongda Precision Optics Co., Ltd');
  });
});
