import { describe, expect, it } from 'vitest';
import { article, testReference } from '../actors/test-reference.test-helper.ts';
import { extractArticle } from '../extract-article.ts';

const ref = testReference();
const partners = (text: string) => extractArticle(article(`Tiêu đề\n${text}`), ref).relations
  .filter((r) => r.type === 'PARTNERS_WITH').map((r) => [r.from, r.to].sort().join(' ~ ')).sort();

describe('the parties a cooperation names after "giữa"', () => {
  it('pairs every party of a long cooperation phrase ending in "giữa A (X), B và C"', () => {
    expect(partners('Hôm qua diễn ra lễ ký kết hợp tác xây dựng một trung tâm nghiên cứu thiết kế vi mạch thế hệ mới (dự án ABC) giữa Bộ Kế hoạch và Đầu tư (MPI), Tập đoàn Samsung và Nvidia tại Hà Nội.'))
      .toEqual(['mpi ~ nvidia', 'mpi ~ samsung-group', 'nvidia ~ samsung-group']);
  });

  it('links the first party with each partner of "giữa A và các đối tác: B, C", not the partners with one another', () => {
    expect(partners('Chương trình là kết quả của sự phối hợp giữa Hyosung và các đối tác: Nvidia, Arm, LG; sẽ kéo dài ba năm.'))
      .toEqual(['arm ~ hyosung', 'hyosung ~ lg-group', 'hyosung ~ nvidia']);
  });

  it('says nothing when a comma closes the cooperation before "giữa"', () => {
    expect(partners('Samsung tăng cường hợp tác trong nước, thúc đẩy chia sẻ kiến thức và công nghệ giữa Nhật Bản, Hoa Kỳ và Lào.')).toEqual([]);
  });
});
