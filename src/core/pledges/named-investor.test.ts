import { describe, expect, it } from 'vitest';
import { article, testReference } from '../actors/test-reference.test-helper.ts';
import { extractArticle } from '../extract-article.ts';

const ref = testReference();
const pledges = (text: string, language: 'vi' | 'en' = 'vi') =>
  extractArticle({ ...article(`Tiêu đề\n${text}`), language }, ref).pledges.map((p) => [p.by, p.amount, p.unit]);

describe("a project's amount stated where no one is named", () => {
  // The investor is named after the amount, so no subject carried from a sentence before explains it.
  it('is the pledge of the one investor the article names ("nhà đầu tư X")', () => {
    expect(pledges('Dự án có tổng mức đầu tư giai đoạn 1 là 20 triệu USD. Hà Nội vừa chấp thuận nhà đầu tư Hyosung thực hiện dự án.'))
      .toEqual([['hyosung', 20_000_000, 'USD']]);
    expect(pledges('Dự án có tổng vốn đầu tư 1.800 tỷ đồng. Hyosung - đơn vị đầu tư dự án cho biết sẽ khởi công trong năm nay.'))
      .toEqual([['hyosung', 1_800_000_000_000, 'VND']]);
  });

  it('is no one\'s when the article names two investors, or none', () => {
    expect(pledges('Dự án có tổng mức đầu tư 20 triệu USD. Nhà đầu tư Hyosung và nhà đầu tư Nvidia có mặt.')).toEqual([]);
    expect(pledges('Dự án có tổng mức đầu tư 20 triệu USD. Hyosung có mặt tại lễ.')).toEqual([]);
  });

  it('leaves statistics over many projects alone', () => {
    expect(pledges('Năm nay có 19 dự án với tổng vốn đăng ký 10.576 tỷ đồng. Nhà đầu tư Hyosung có mặt.')).toEqual([]);
  });

  it('reads the English "Invested by X, the project …" and "VNĐ" before the number', () => {
    expect(pledges("Invested by Hyosung, the plant will sit on 50ha. The project's total investment is more than VNĐ3.73 trillion (US$155.7 million).", 'en'))
      .toEqual([['hyosung', 3_730_000_000_000, 'VND']]);
  });
});
