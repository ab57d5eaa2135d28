import { describe, expect, it } from 'vitest';
import { findBody } from './boilerplate.ts';

const bodyText = (text: string) => findBody(text).map((r) => text.slice(r.start, r.end)).join('\n');

const P1 = 'Tập đoàn Intel cho biết sẽ đầu tư thêm 1 tỷ USD vào nhà máy lắp ráp và kiểm thử chip tại TPHCM trong năm tới.';
const P2 = 'Theo đại diện công ty, dự án mới sẽ tạo việc làm cho hơn 2.000 kỹ sư và lao động có tay nghề cao tại địa phương.';

describe('findBody', () => {
  it('returns ranges whose text is the body, offsets into the input', () => {
    const text = `Tiêu đề bài\n${P1}\n${P2}\n`;
    const ranges = findBody(text);
    expect(ranges).toEqual([{ start: 0, end: text.trimEnd().length }]);
  });

  it('sets aside a related-article block and its listing to the end', () => {
    const text = [P1, P2, 'Bài viết liên quan', 'Giá vàng hôm nay tăng mạnh', '09:12 | 03/03/2024 Thị trường',
      'Xăng dầu giảm giá', '2 giờ trước Kinh tế'].join('\n');
    const body = bodyText(text);
    expect(body).toBe(`${P1}\n${P2}`);
  });

  it.each(['Tin liên quan', 'Tin mới', 'Đừng bỏ lỡ', 'Mới nhất', 'Xem thêm', 'Đọc thêm', 'TIN CÙNG CHUYÊN MỤC', 'Nổi bật Thế giới'])(
    'treats "%s" as the start of a block', (heading) => {
      const text = `${P1}\n${heading}\nMột tin khác về thị trường chứng khoán\nMột tin nữa về bất động sản`;
      expect(bodyText(text)).toBe(P1);
    });

  it('ends a block when real paragraphs resume', () => {
    const text = [P1, 'Tin liên quan', 'Tin khác về ô tô điện', P2, P1].join('\n');
    expect(bodyText(text)).toBe(`${P1}\n${P2}\n${P1}`);
  });

  it('keeps a teaser paragraph inside a block out of the body', () => {
    const teaser = 'Trong bối cảnh căng thẳng thương mại gia tăng, hai bên đã đồng ý nối lại các cuộc đối thoại kinh tế cấp cao.';
    const text = [P1, 'Bài liên quan', 'Một tiêu đề khác', teaser, '(12) Bình luận', 'Đừng bỏ lỡ', 'POWERED BY SOMECMS'].join('\n');
    expect(bodyText(text)).toBe(P1);
  });

  it('drops an inline table box of related headlines but keeps what follows', () => {
    const text = [P1, 'Tin liên quan |', 'Một tiêu đề khác trong bảng |', P2].join('\n');
    expect(bodyText(text)).toBe(`${P1}\n${P2}`);
  });

  it('drops rows of a headline table, counters, CMS credits and image file names', () => {
    const text = [P1, '| Tiêu đề A Đoạn tóm tắt … |', 'Bình luận (3)', 'anh-minh-hoa_01.JPG', 'Copyright © Báo X', P2].join('\n');
    expect(bodyText(text)).toBe(`${P1}\n${P2}`);
  });

  it('cuts photo credits out of a caption but keeps the caption', () => {
    const text = `Bộ trưởng tiếp đoàn doanh nghiệp Nhật Bản tại Hà Nội. (Ảnh: Minh Anh) |\n${P1}`;
    const body = findBody(text).map((r) => text.slice(r.start, r.end));
    expect(body).toEqual(['Bộ trưởng tiếp đoàn doanh nghiệp Nhật Bản tại Hà Nội.', P1]);
    const dash = `Lễ ký kết thỏa thuận hợp tác - Ảnh: VGP\n${P2}`;
    expect(bodyText(dash)).toBe(`Lễ ký kết thỏa thuận hợp tác\n${P2}`);
    expect(bodyText(`${P1}\nẢnh: Internet\n${P2}`)).toBe(`${P1}\n${P2}`);
  });

  it('drops a byline at the very end and a dated byline under the headline', () => {
    expect(bodyText(`${P1}\n${P2}\n\nMinh Châu (t/h)\n`)).toBe(`${P1}\n${P2}`);
    expect(bodyText(`${P1}\nTheo VnExpress`)).toBe(P1);
    expect(bodyText(`Tiêu đề\nLan Hương 05/03/2024 08:15\n${P1}`)).toBe(`Tiêu đề\n${P1}`);
  });

  it('keeps a body sentence that merely starts like a widget word', () => {
    const text = `Chia sẻ tại hội nghị, ông Nguyễn Văn A cho biết doanh nghiệp đang mở rộng đầu tư vào bán dẫn.\n${P1}`;
    expect(bodyText(text)).toBe(text);
  });
});

describe('findBody headings', () => {
  it('does not take a body line that starts with a cue word for a heading', () => {
    const text = `${P1}\nNổi bật là dự án nhà máy\n${P2}`;
    expect(bodyText(text)).toBe(text);
  });
});

describe('findBody: more CMS shapes', () => {
  it('sees headings behind bullets and arrows', () => {
    expect(bodyText(`${P1}\n» Xem thêm\nTin khác\nTin nữa`)).toBe(P1);
    expect(bodyText(`${P1}\n>> Xem thêm: Giá vàng tăng mạnh\n${P2}`)).toBe(`${P1}\n${P2}`);
  });

  it('drops hashtags, contact lines, datelines and illustration credits', () => {
    const text = ['Thứ Năm, 27/6/2024, 08:00 (GMT+7)', P1, 'Ảnh minh họa', '#bándẫn #AI #NIC', 'Đường dây nóng: 0123 456 789', P2].join('\n');
    expect(bodyText(text)).toBe(`${P1}\n${P2}`);
    expect(bodyText(`Cập nhật: 26/06/2024 12:30\n${P1}`)).toBe(P1);
  });

  it('drops several authors and a bracketed source at the end', () => {
    expect(bodyText(`${P1}\nMinh Anh - Hồng Phúc`)).toBe(P1);
    expect(bodyText(`${P1}\n(TTXVN)`)).toBe(P1);
    expect(bodyText(`${P1}\n(Theo Reuters)`)).toBe(P1);
  });

  it('keeps a short last line that is a sentence', () => {
    const text = `${P1}\nĐây là bước tiến lớn.`;
    expect(bodyText(text)).toBe(text);
  });
});

describe('findBody: sentences shaped like stamps stay', () => {
  it('keeps body sentences that open with a time or "… trước"', () => {
    const lines = [
      '10h30 ngày 25/6/2024, Thủ tướng Phạm Minh Chính tiếp Tổng giám đốc Samsung tại Hà Nội.',
      'Hai ngày trước, Bộ trưởng đã làm việc với Nvidia.',
      '25/6/2024 10:30 là thời điểm ký thỏa thuận.',
    ];
    const text = [P1, ...lines, P2].join('\n');
    expect(bodyText(text)).toBe(text);
  });

  it('still drops the stamps of a listing', () => {
    const text = [P1, '09:12 | 03/03/2024 Thị trường', '2 giờ trước Kinh tế', '26/06/2024 - 12:30', P2].join('\n');
    expect(bodyText(text)).toBe(`${P1}\n${P2}`);
  });
});

describe('findBody: data tables and copyright words', () => {
  it('keeps many-cell table rows and sentences about "bản quyền"', () => {
    const text = [P1, '| Doanh nghiệp | Vốn |', '| Samsung | 3 tỷ USD |', 'Bản quyền phần mềm của ARM sẽ được hỗ trợ cho các trường đại học.', P2].join('\n');
    expect(bodyText(text)).toBe([P1, '| Doanh nghiệp | Vốn |', '| Samsung | 3 tỷ USD |', 'Bản quyền phần mềm của ARM sẽ được hỗ trợ cho các trường đại học.', P2].join('\n'));
  });

  it('drops one-cell headline rows, separator rows and copyright footers', () => {
    const text = [P1, '| Tiêu đề khác Tóm tắt … |', '|---|---|', '© 2024 Báo X. Bản quyền thuộc về Báo X.', P2].join('\n');
    expect(bodyText(text)).toBe(`${P1}\n${P2}`);
  });
});

describe('findBody: outlet tags', () => {
  it.each(['TTO - ', '(Dân trí) - ', 'VOV.VN - ', '(Chinhphu.vn) – ', 'NLĐO - '])('cuts "%s" off the lead paragraph', (tag) => {
    const text = `Tiêu đề\n${tag}${P1}\n${P2}`;
    expect(bodyText(text)).toBe(`Tiêu đề\n${P1}\n${P2}`);
  });

  it('leaves an ordinary opening and later paragraphs alone', () => {
    const text = `AI - Trí tuệ nhân tạo đang thay đổi cách các doanh nghiệp sản xuất và kinh doanh tại Việt Nam hiện nay.\n${P1}\nTTO - ${P2}`;
    expect(bodyText(text)).toBe(text);
  });
});
