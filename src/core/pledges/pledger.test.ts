/** Who pledges when the sentence does not say it plainly: licences, representatives, parts of a total, a carried recipient. */
import { describe, expect, it } from 'vitest';
import { article, TEST_GAZETTEER, testReference } from '../actors/test-reference.test-helper.ts';
import { extractArticle } from '../extract-article.ts';
import { Gazetteer } from '../reference.ts';

const withGovernments = testReference(Gazetteer.parse([
  ...TEST_GAZETTEER,
  { id: 'germany', name: 'Đức', kind: 'country', aliases: ['Germany'] },
  { id: 'vietnam-government', name: 'Chính phủ Việt Nam', kind: 'government', aliases: ['Chính phủ'], country: 'vietnam' },
  { id: 'germany-government', name: 'Chính phủ Đức', kind: 'government', aliases: ['German Government'], country: 'germany' },
]));
const claimsOf = (text: string) => extractArticle(article(`Tiêu đề\n${text}`, '2025-05-20'), withGovernments);
const brief = (text: string) => claimsOf(text).pledges.map((p) => [p.by, p.amount]);

describe('who pledges', () => {
  it('reads the owner of the licensed projects as the one licensed', () => {
    expect(brief('Năm 2024, UBND tỉnh Hà Nội đã cấp giấy chứng nhận đầu tư cho 3 dự án của Hyosung với số vốn 127 triệu USD.'))
      .toEqual([['hyosung', 127e6]]);
  });

  it('reads the body a person speaks for, and no pledge from a person with none', () => {
    expect(brief('Thay mặt Chính phủ Liên bang Đức, bà Anna Weber đã cam kết tổng cộng 185 triệu euro cho các dự án.'))
      .toEqual([['germany-government', 185e6]]);
    expect(brief('Bà Anna Weber cam kết tài trợ 5 triệu USD.')).toEqual([]);
  });

  it('gives the parts of a total to the total\'s pledger', () => {
    const text = 'Hyosung cam kết đầu tư 185 triệu USD vào Hà Nội. Hội nghị có đại diện Bộ Kế hoạch và Đầu tư. Trong đó, 25 triệu USD được dành cho đào tạo.';
    expect(brief(text)).toEqual([['hyosung', 185e6], ['hyosung', 25e6]]);
  });

  it('does not make the one carried over the pledger where it is the recipient', () => {
    const text = 'Đại học Quốc gia Hà Nội và Hyosung vừa ký kết thỏa thuận tài trợ 100 tỷ đồng. Cam kết tài trợ 10 tỷ đồng mỗi năm cho Đại học Quốc gia Hà Nội.';
    expect(brief(text).map(([by]) => by)).not.toContain(claimsOf(text).actors.find((a) => a.kind === 'university')?.id);
  });
});

describe('bare "Chính phủ" that is no government', () => {
  it('reads neither "liên Chính phủ" nor "phi chính phủ" as the government', () => {
    const ids = claimsOf('Cuộc đàm phán liên Chính phủ diễn ra tại Hà Nội với các tổ chức phi chính phủ.').actors.map((a) => a.id);
    expect(ids).not.toContain('vietnam-government');
    expect(claimsOf('Chính phủ phê duyệt đề án.').actors.map((a) => a.id)).toContain('vietnam-government');
  });
});

describe('scholarships and reinvestment', () => {
  it('counts scholarships in Vietnamese and English', () => {
    expect(claimsOf('Nhật Bản cam kết trao 1.000 suất học bổng mỗi năm cho Việt Nam.').pledges.map((p) => [p.by, p.amount, p.unit]))
      .toEqual([['japan', 1000, 'scholarships']]);
  });

  it('reads "reinvest" as investing', () => {
    const c = extractArticle({ ...article('Headline\nHyosung said it could reinvest up to $2.5 billion in a second plant.'), language: 'en' }, withGovernments);
    expect(c.pledges.map((p) => [p.by, p.amount])).toEqual([['hyosung', 2.5e9]]);
  });
});

describe('countries, groups and lead phrases that are not the pledger', () => {
  it('reads a country closing one company\'s description as its home, and the firms of a country as the country', () => {
    expect(brief('Nhà sản xuất pin Hàn Quốc Hyosung đang có kế hoạch đầu tư thêm 420 triệu USD vào Hà Nội.')).toEqual([['hyosung', 420e6]]);
    expect(brief('Gã khổng lồ điện tử Hàn Quốc đầu tư thêm 420 triệu USD vào Việt Nam.')).toEqual([]);
    expect(brief('Doanh nghiệp Hàn Quốc đã ký các hợp đồng giá trị lên tới 1 tỷ USD.')).toEqual([['south-korea', 1e9]]);
  });

  it('gives an unnamed group\'s money to nobody', () => {
    expect(brief('Nhật Bản cam kết hỗ trợ Việt Nam 293 triệu euro, cùng với tổng đóng góp của các đối tác châu Âu đạt hơn 2,8 tỷ euro.'))
      .toEqual([['japan', 293e6]]);
  });

  it('counts companies only as a target to attract them', () => {
    expect(brief('Hyosung đầu tư vào Hà Nội, nằm trong số 5 công ty điện tử sử dụng nhà máy ở Lào.')).toEqual([]);
    expect(brief('Hyosung đặt mục tiêu hỗ trợ 10 doanh nghiệp khởi nghiệp.')).toEqual([['hyosung', 10]]);
  });

  it('does not take a subject from an English participle phrase opening the sentence', () => {
    const c = extractArticle({ ...article('Headline\nAppreciating Japan as a strategic partner, the Hyosung group will grant $200 million to Vietnam.'), language: 'en' }, withGovernments);
    expect(c.pledges.map((p) => p.by)).toEqual(['hyosung']);
  });
});

describe('the parties acting together', () => {
  it('carries no single party in as the pledger of "các bên đặt mục tiêu …"', () => {
    const text = 'Thứ trưởng Bộ Kế hoạch và Đầu tư Trần Văn Nam và ông Kim Min-ho, Chủ tịch Hyosung, ký biên bản. Theo biên bản, các bên đặt mục tiêu đào tạo 5.000 kỹ sư.';
    expect(brief(text)).toEqual([]);
  });
});

describe('an authority signing with a company, and ownership shares', () => {
  it('gives the money to the company an official signs an MoU with', () => {
    const text = 'Chủ tịch UBND tỉnh Hà Nội Trần Văn Nam đã ký Bản ghi nhớ với Công ty TNHH Sao Mai Electronics về việc mở rộng dự án với tổng vốn đầu tư tăng thêm 200 triệu USD.';
    const c = claimsOf(text);
    const company = c.actors.find((a) => a.kind === 'company')?.id;
    expect(c.pledges.map((p) => [p.by, p.amount])).toEqual([[company, 2e8]]);
  });

  it('does not read a foreign-owned share as a pledge', () => {
    expect(brief('Hyosung là doanh nghiệp 100% vốn nước ngoài.')).toEqual([]);
  });

  it('reads a place after a compass word as governed in English', () => {
    const c = extractArticle({ ...article('Headline\nHyosung, in southern Vietnam, will invest $5 million in a new plant.'), language: 'en' }, withGovernments);
    expect(c.pledges.map((p) => p.by)).toEqual(['hyosung']);
  });
});

describe('owners of plans, parties named after the amount, trainees and schools', () => {
  it('reads the owner of a target ("mục tiêu của X về đào tạo N")', () => {
    expect(brief('Nhật Bản sẽ đào tạo 250 tiến sĩ, đóng góp vào mục tiêu của Việt Nam về đào tạo 500 tiến sĩ.'))
      .toEqual([['japan', 250], ['vietnam', 500]]);
  });

  it('reads the first party after "giữa" when the amount has no subject before it', () => {
    expect(brief('Lễ ký kết thỏa thuận đầu tư dự án nhà máy trị giá 100 triệu USD giữa Hyosung (Hàn Quốc) và Tập đoàn Sao Mai đã diễn ra.'))
      .toEqual([['hyosung', 1e8]]);
  });

  it('does not make the trainees\' country the trainer, nor count the schools where they train', () => {
    expect(brief('Tháng 10 tới, 60 nghiên cứu sinh Việt Nam sẽ bắt đầu khóa đào tạo tại 5 trường đại học Nhật Bản, hợp tác cùng 5 trường đại học của Việt Nam.'))
      .toEqual([]);
  });

  it('gives a joint venture\'s money to its first-named partner in English, and reads "a deal between A and B"', () => {
    const en = (text: string) => extractArticle({ ...article(`Headline\n${text}`), language: 'en' }, withGovernments).pledges.map((p) => [p.by, p.amount]);
    expect(en('A joint venture between Hyosung, Orbita Holdings, and Nvidia was handed an investment license for a $2 billion power plant.')).toEqual([['hyosung', 2e9]]);
    expect(en('A $100 million deal between Hyosung and Nvidia was signed on Monday.')).toEqual([['hyosung', 1e8]]);
  });
});
