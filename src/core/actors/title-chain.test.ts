import { describe, expect, it } from 'vitest';
import { article, testReference } from './test-reference.test-helper.ts';
import { extractArticle } from '../extract-article.ts';

const ref = testReference();
const roles = (text: string) => extractArticle(article(`Tiêu đề\n${text}`), ref).relations
  .filter((r) => r.type === 'HOLDS_ROLE').map((r) => [r.from, r.to, r.role]).sort();

describe('a chain of posts before one name', () => {
  it('gives every post of "Chủ tịch X, Tổng giám đốc Y Tên" to the person the last post names', () => {
    expect(roles('Bộ trưởng đã tiếp Chủ tịch Tập đoàn Samsung, Tổng giám đốc Hyosung Lee Jae-yong tại Hà Nội.'))
      .toEqual([['lee-jae-yong', 'hyosung', 'Tổng giám đốc'], ['lee-jae-yong', 'samsung-group', 'Chủ tịch']]);
  });

  it('reads a lower-case post as an object, not the first link of a chain', () => {
    expect(roles('Hôm qua, sau khi gặp giám đốc Hyosung, Bộ trưởng Bộ Ngoại giao Lê Văn An phát biểu.'))
      .toEqual([['le-van-an', 'mofa', 'Bộ trưởng']]);
  });

  it('keeps posts of two named people apart', () => {
    expect(roles('Có mặt Chủ tịch Hyosung Cho Hyun-joon, Giám đốc Nvidia Jensen Huang.'))
      .toEqual([['cho-hyun-joon', 'hyosung', 'Chủ tịch'], ['jensen-huang', 'nvidia', 'Giám đốc']]);
  });
});

describe('a chain of posts: the whole first post, and appositives', () => {
  it('keeps "Phó" of the first post ("Phó Chủ tịch X, Tổng giám đốc Y Tên")', () => {
    expect(roles('Có mặt Phó Chủ tịch Tập đoàn Samsung, Tổng giám đốc Hyosung Lee Jae-yong.'))
      .toEqual([['lee-jae-yong', 'hyosung', 'Tổng giám đốc'], ['lee-jae-yong', 'samsung-group', 'Phó Chủ tịch']]);
  });

  it('gives a post after a named person, or after "kiêm", to that person, not to the next name', () => {
    expect(roles('Bộ trưởng Bộ Ngoại giao Lê Văn An tiếp ông Cho Hyun-joon, Chủ tịch kiêm Tổng giám đốc Hyosung, Thủ tướng Phạm Văn Bình cũng dự.'))
      .not.toContainEqual(['pham-van-binh', 'hyosung', 'Tổng giám đốc']);
    expect(roles('Bộ trưởng Bộ Ngoại giao Lê Văn An tiếp ông Cho Hyun-joon, Tổng giám đốc Hyosung, Thủ tướng Phạm Văn Bình cũng dự.'))
      .not.toContainEqual(['pham-van-binh', 'hyosung', 'Tổng giám đốc']);
  });
});
