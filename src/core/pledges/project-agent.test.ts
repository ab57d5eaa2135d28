import { describe, expect, it } from 'vitest';
import { article, testReference } from '../actors/test-reference.test-helper.ts';
import { extractArticle } from '../extract-article.ts';

const ref = testReference();

function pledgersOf(text: string) {
  return extractArticle(article(text, '2024-06-26'), ref).pledges.map((p) => [p.by, p.amount]);
}

describe('the investor named by a passive ("do X đầu tư")', () => {
  it('pledges the amount of its own sentence, even across a semicolon', () => {
    expect(pledgersOf('Hyosung ký biên bản với Samsung. Tổng vốn của nhà máy là 200 triệu USD; phần lớn do Tập đoàn LG đầu tư.'))
      .toEqual([['lg-group', 200e6]]);
  });

  it('is the subject the following sentences carry', () => {
    const text = 'Theo Hyosung, nhà máy linh kiện tại Hà Nội do Tập đoàn Samsung Electronics làm chủ đầu tư.\n'
      + 'Dự án được cấp phép năm ngoái, tổng vốn đăng ký 75 triệu USD.';
    expect(pledgersOf(text)).toEqual([['samsung-electronics', 75e6]]);
  });

  it('is not taken when it develops the industrial park the project sits in', () => {
    const text = 'Hyosung vừa được cấp phép cho nhà máy mới. Nhà máy nằm trong KCN Hà Nội do Samsung làm chủ đầu tư.\n'
      + 'Tổng vốn của dự án là 90 triệu USD.';
    expect(pledgersOf(text)).toEqual([['hyosung', 90e6]]);
  });
});

describe('names that are not the subject the next sentences carry', () => {
  it('skips what a project belongs to ("dự án thuộc KCN X")', () => {
    const text = 'Hyosung vừa được cấp phép cho nhà máy mới. Đây là dự án thuộc KCN Yên Phong.\nTổng vốn của dự án là 90 triệu USD.';
    expect(pledgersOf(text)).toEqual([['hyosung', 90e6]]);
  });

  it('skips a park developer named again in a bracket with its ticker', () => {
    const text = 'Hyosung vừa được cấp phép cho nhà máy mới. Nhà máy nằm trong KCN Hà Nội do Tập đoàn Samsung (KRX: Samsung) làm chủ đầu tư.\n'
      + 'Tổng vốn của dự án là 90 triệu USD.';
    expect(pledgersOf(text)).toEqual([['hyosung', 90e6]]);
  });

  it('skips the name a bracket opens, an aside', () => {
    const text = 'Hyosung vừa được cấp phép cho nhà máy mới. Nhà máy nằm trong KCN Hà Nội do Samsung (LG) làm chủ đầu tư.\n'
      + 'Tổng vốn của dự án là 90 triệu USD.';
    expect(pledgersOf(text)).toEqual([['hyosung', 90e6]]);
  });
});
