import { describe, expect, it } from 'vitest';
import { article, TEST_GAZETTEER, testReference } from '../actors/test-reference.test-helper.ts';
import { extractArticle } from '../extract-article.ts';
import { Gazetteer } from '../reference.ts';

const ref = testReference();
const brief = (text: string, language: 'vi' | 'en' = 'vi') =>
  extractArticle({ ...article(text, '2025-05-20'), language }, ref).pledges.map((p) => [p.by, p.amount, p.unit]);

describe('whose money a site is', () => {
  it('does not make a province that launches a project its investor', () => {
    expect(brief('Tiêu đề\nHà Nội vừa khởi động dự án phòng thí nghiệm bán dẫn với vốn đầu tư 1.800 tỷ đồng.')).toEqual([]);
  });

  it('keeps a province\'s own target', () => {
    expect(brief('Tiêu đề\nHà Nội đặt mục tiêu thu hút 2 tỷ USD vốn FDI vào năm 2030.')).toEqual([['hanoi', 2e9, 'USD']]);
  });

  it('gives a project named after a company and a place to the company', () => {
    expect(brief('Headline\nThe Hyosung Hanoi plant project covers 6 hectares and has a total investment of 300 million USD.', 'en'))
      .toEqual([['hyosung', 3e8, 'USD']]);
  });

  it('gives a named data centre\'s capital to the company the article was speaking of', () => {
    const text = 'Tiêu đề\nHyosung vừa khởi công một trung tâm dữ liệu tại Hà Nội. Trung tâm dữ liệu Sao Mai có tổng mức đầu tư 20 triệu USD.';
    expect(brief(text)).toEqual([['hyosung', 2e7, 'USD']]);
  });
});

describe('currencies and demand', () => {
  it('reads Australian and Singapore dollars in Vietnamese', () => {
    expect(brief('Tiêu đề\nAustralia cam kết tài trợ thêm 17 triệu AUD cho Việt Nam.')).toEqual([['australia', 17e6, 'AUD']]);
  });

  it('does not make a stated demand a promise, even in a target sentence', () => {
    expect(brief('Tiêu đề\nVới mục tiêu này, Hyosung sẽ đào tạo để đáp ứng 40% nhu cầu (tổng nhu cầu khoảng 50.000 nhân lực).'))
      .toEqual([['hyosung', 40, 'percent']]);
    expect(brief('Headline\nHyosung will train engineers to meet a demand for 50,000 engineers.', 'en')).toEqual([]);
  });
});

describe("a province's committee hosting a project", () => {
  it('is no investor: the company licensed or named is, as for the province itself', () => {
    const withProvince = testReference(Gazetteer.parse([...TEST_GAZETTEER, { id: 'kon-tum', name: 'Kon Tum', kind: 'place', country: 'vietnam', partOf: 'vietnam' }]));
    const read = (text: string) => extractArticle(article(`Tiêu đề\n${text}`), withProvince).pledges.map((p) => [p.by, p.amount]);
    expect(read('Tập đoàn Hyosung có mặt tại lễ. UBND tỉnh Kon Tum khởi công dự án nhà máy với tổng vốn đầu tư 100 triệu USD.')).toEqual([['hyosung', 100_000_000]]);
    expect(read('UBND tỉnh Kon Tum đặt mục tiêu thu hút 1 tỷ USD vốn đầu tư.')).toEqual([['uy-ban-nhan-dan-tinh-kon-tum', 1_000_000_000]]);
  });
});
