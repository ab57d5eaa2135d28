import { describe, expect, it } from 'vitest';
import { article, testReference } from '../actors/test-reference.test-helper.ts';
import { extractArticle } from '../extract-article.ts';

const ref = testReference();

function pledgesOf(text: string, published: string | null = '2024-06-26') {
  return extractArticle(article(text, published), ref).pledges;
}

describe('pledges', () => {
  it('reads pledger, amount, status, period and "thêm" from one clause', () => {
    const [p, ...rest] = pledgesOf('Các tập đoàn mở rộng đầu tư tại Việt Nam như: LG dự kiến giải ngân thêm 3 tỷ USD trong 5 năm tới.');
    expect(rest).toEqual([]);
    expect(p).toMatchObject({
      by: 'lg-group', to: 'vietnam', kind: 'investment', amount: 3e9, unit: 'USD', amountUsd: 3e9,
      amountText: '3 tỷ USD', status: 'planned', incremental: true, period: { start: 2024, end: 2029 },
    });
  });

  it('takes the recipient named after the amount and the commitment cue', () => {
    const [p] = pledgesOf('Hyosung cam kết xây dựng trung tâm dữ liệu với tổng vốn 300 triệu USD tại TPHCM.');
    expect(p).toMatchObject({ by: 'hyosung', to: 'ho-chi-minh-city', status: 'committed', kind: 'investment', sectors: ['data-centers'] });
  });

  it('gives a request to the one asked, with who asked', () => {
    const text = 'Bộ trưởng Bộ Kế hoạch - Đầu tư Nguyễn Chí Dũng gặp Arm.\n'
      + 'Bộ trưởng Dũng đề nghị ARM hỗ trợ 30 trường đại học hàng đầu Việt Nam trong đào tạo thiết kế chip.';
    const [p] = pledgesOf(text);
    expect(p).toMatchObject({ by: 'arm', requestedBy: 'nguyen-chi-dung', status: 'proposed', kind: 'training', amount: 30, unit: 'universities', to: 'vietnam' });
    expect(p?.sectors).toContain('chip-design');
  });

  it('reads interest, qualifiers and trade targets', () => {
    const [interest] = pledgesOf('Hàn Quốc muốn đầu tư vào Việt Nam với số vốn lên tới 8 tỷ USD.');
    expect(interest).toMatchObject({ by: 'south-korea', to: 'vietnam', status: 'interest', qualifier: 'up_to' });
    const [trade] = pledgesOf('Việt Nam và Hàn Quốc là đối tác lớn. Việt - Hàn đặt mục tiêu kim ngạch thương mại song phương đạt 150 tỷ USD vào 2030.');
    expect(trade).toMatchObject({ kind: 'trade', status: 'planned', amount: 150e9 });
    expect([trade?.by, trade?.to].sort()).toEqual(['south-korea', 'vietnam']);
  });

  it('never makes a pledge of an area, nor one without a known pledger', () => {
    expect(pledgesOf('Samsung đang đưa vào vận hành cơ sở rộng gần 20.000m2 tại Hà Nội.')).toEqual([]);
    expect(pledgesOf('Nhiều nhà đầu tư sẽ rót 2 tỷ USD.')).toEqual([]);
  });

  it('gives the same pledge the same id in two articles', () => {
    const a = pledgesOf('LG dự kiến giải ngân thêm 3 tỷ USD trong 5 năm tới tại Việt Nam.')[0];
    const b = pledgesOf('Theo kế hoạch, LG sẽ giải ngân 3 tỷ USD tại Việt Nam trong 5 năm tới, hãng cho biết.')[0];
    expect(a?.id).toBeDefined();
    expect(a?.id).toBe(b?.id);
  });

  it('gives a licensed investment to the licensee and ignores negated cues', () => {
    const [licensed] = pledgesOf('UBND TPHCM trao giấy chứng nhận đầu tư cho Samsung với tổng vốn 250 triệu USD tại TPHCM.');
    expect(licensed).toMatchObject({ by: 'samsung-group', to: 'ho-chi-minh-city', kind: 'investment', status: 'committed' });
    const [expected] = pledgesOf('Tôi kỳ vọng đầu tư của Việt Nam tại Lào không dừng lại ở con số hơn 5 tỷ nữa.');
    expect(expected).toMatchObject({ by: 'vietnam', to: 'laos', kind: 'investment', status: 'interest', unit: null, qualifier: 'more_than' });
  });

  it('gives the money to the subsidiary that pays it, not the group named in its appositive', () => {
    const [p, ...rest] = pledgesOf('Tiêu đề\nHyosung, một công ty con thuộc Tập đoàn Samsung, đã rót vốn 50 triệu USD cho nhà máy tại Hà Nội.');
    expect(rest).toEqual([]);
    expect(p).toMatchObject({ by: 'hyosung', amount: 50e6, to: 'hanoi' });
  });

  it('carries the joint venture its partners are listed with to the project\'s money', () => {
    const text = 'Tiêu đề\nSamsung, LG và liên doanh Hyosung công bố kế hoạch xây nhà máy linh kiện.\nDự án có tổng vốn đầu tư 500 triệu USD.';
    expect(pledgesOf(text).map((p) => [p.by, p.amount])).toEqual([['hyosung', 500e6]]);
  });

  it('reads no verb inside a name ("đầu tư" in "Bộ Kế hoạch và Đầu tư")', () => {
    const [p] = pledgesOf('Tiêu đề\nBộ Kế hoạch và Đầu tư cho biết đề án có vốn 500 tỷ đồng.');
    expect(p).toMatchObject({ by: 'mpi', amount: 500e9 });
  });

  it('reads the funds budgeted for a programme ("kinh phí"), not a university\'s research spending', () => {
    const [p, ...rest] = pledgesOf('Tiêu đề\nBộ Kế hoạch và Đầu tư cho biết tổng kinh phí dự kiến cho đề án đến năm 2030 là 500 tỷ đồng.');
    expect(rest).toEqual([]);
    expect(p).toMatchObject({ by: 'mpi', amount: 500e9, unit: 'VND', status: 'planned' });
    expect(pledgesOf('Tiêu đề\nMỗi năm, Đại học Quốc gia có kinh phí 150 tỷ đồng cho nghiên cứu.')).toEqual([]);
  });

  it('reads the value of a plant or project ("trị giá"), not of goods', () => {
    expect(pledgesOf('Tiêu đề\nHyosung vừa khánh thành nhà máy linh kiện trị giá 300 triệu USD tại Hà Nội.').map((p) => [p.by, p.amount, p.to]))
      .toEqual([['hyosung', 300e6, 'hanoi']]);
    expect(pledgesOf('Tiêu đề\nSamsung vừa bán cho LG một lô màn hình trị giá 5 triệu USD.')).toEqual([]);
  });

  it('reads a revenue target, never revenue as it stands', () => {
    expect(pledgesOf('Tiêu đề\nHyosung cho biết theo kế hoạch, năm nay doanh thu của hãng đạt 2 tỷ USD.').map((p) => [p.by, p.amount, p.kind, p.status]))
      .toEqual([['hyosung', 2e9, 'other', 'planned']]);
    expect(pledgesOf('Tiêu đề\nHyosung có doanh thu 3 tỷ USD tại Việt Nam.')).toEqual([]);
  });
});
