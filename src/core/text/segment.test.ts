import { describe, expect, it } from 'vitest';
import { splitClauses, splitSentences } from './segment.ts';

const texts = (spans: Array<{ text: string }>) => spans.map((s) => s.text);

describe('splitSentences', () => {
  it('splits at sentence ends and keeps exact, trimmed offsets', () => {
    const text = '  Samsung đầu tư thêm. LG cũng vậy!  Còn Intel?\nDòng mới';
    const spans = splitSentences(text);
    expect(texts(spans)).toEqual(['Samsung đầu tư thêm.', 'LG cũng vậy!', 'Còn Intel?', 'Dòng mới']);
    for (const s of spans) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  it('survives abbreviations, numbers, dates and brackets', () => {
    const text = 'Ngày 25.6 tại Washington D.C (Mỹ), Trung tâm (C4IR) TP.HCM nhận 1.000 kỹ sư ngày 18/9/2023 với 2,5 tỷ USD. Ông Dr. Smith phát biểu.';
    expect(texts(splitSentences(text))).toEqual([
      'Ngày 25.6 tại Washington D.C (Mỹ), Trung tâm (C4IR) TP.HCM nhận 1.000 kỹ sư ngày 18/9/2023 với 2,5 tỷ USD.',
      'Ông Dr. Smith phát biểu.',
    ]);
  });

  it('does not split at "TP. Hồ Chí Minh" or an ellipsis before a lower-case word', () => {
    const text = 'Tại TP. Hồ Chí Minh, AI… nên cần đầu tư. Sau đó tính tiếp.';
    expect(texts(splitSentences(text))).toEqual(['Tại TP. Hồ Chí Minh, AI… nên cần đầu tư.', 'Sau đó tính tiếp.']);
  });

  it('splits after an ellipsis before a new sentence', () => {
    expect(texts(splitSentences('Nhiều tỷ USD… Có thể thấy rõ.'))).toEqual(['Nhiều tỷ USD…', 'Có thể thấy rõ.']);
  });

  it('keeps a quotation with its attribution', () => {
    const text = '“Tôi kỳ vọng đầu tư tăng. Để tăng cường hợp tác, cần nỗ lực”, Đại sứ đề xuất. Hết.';
    expect(texts(splitSentences(text))).toEqual(['“Tôi kỳ vọng đầu tư tăng. Để tăng cường hợp tác, cần nỗ lực”, Đại sứ đề xuất.', 'Hết.']);
  });

  it('does not let an unclosed quotation swallow the line', () => {
    const text = 'Ông nói “đầu tư tăng. Đây là kỷ lục.';
    expect(splitSentences(text)).toHaveLength(2);
  });

  it('works only inside the given ranges', () => {
    const text = 'Rác đầu. Câu một. Câu hai. Rác cuối.';
    const start = text.indexOf('Câu một');
    const end = text.indexOf(' Rác cuối');
    expect(texts(splitSentences(text, [{ start, end }]))).toEqual(['Câu một.', 'Câu hai.']);
  });

  it('keeps offsets exact in NFC text with non-breaking spaces', () => {
    const text = 'Hoà\u00A0Lạc mở cửa. Thuỷ điện\u00A0mới.';
    for (const s of splitSentences(text)) expect(text.slice(s.start, s.end)).toBe(s.text);
    expect(splitSentences(text)).toHaveLength(2);
  });
});

describe('splitClauses', () => {
  const clausesOf = (text: string) => texts(splitClauses(text, splitSentences(text)[0]!));

  it('splits at semicolons and list colons', () => {
    const text = 'Các tập đoàn thông báo kế hoạch như: LG giải ngân thêm 3 tỷ USD; Samsung đầu tư mạnh; Hyosung xây trung tâm dữ liệu.';
    expect(clausesOf(text)).toEqual([
      'Các tập đoàn thông báo kế hoạch như', 'LG giải ngân thêm 3 tỷ USD', 'Samsung đầu tư mạnh', 'Hyosung xây trung tâm dữ liệu.',
    ]);
  });

  it('splits before ", đồng thời" and keeps the conjunction in the new clause', () => {
    const text = 'Việt Nam sẵn sàng là cửa ngõ, đồng thời hoan nghênh các tập đoàn tham gia.';
    expect(clausesOf(text)).toEqual(['Việt Nam sẵn sàng là cửa ngõ', 'đồng thời hoan nghênh các tập đoàn tham gia.']);
  });

  it('does not split inside brackets or at times', () => {
    const text = 'Các đơn vị (đơn vị ươm tạo; quỹ đầu tư) họp lúc 12:30 tại Hà Nội.';
    expect(clausesOf(text)).toEqual([text]);
  });

  it('keeps offsets exact', () => {
    const text = 'Một; hai: ba, đồng thời bốn.';
    for (const c of splitClauses(text, splitSentences(text)[0]!)) expect(text.slice(c.start, c.end)).toBe(c.text);
  });
});

describe('splitSentences: numbered lines', () => {
  it('keeps "1. …" and "II. …" markers with their sentence', () => {
    expect(texts(splitSentences('1. Thu hút đầu tư. Hai là đào tạo.\nII. Kết quả đạt được'))).toEqual([
      '1. Thu hút đầu tư.', 'Hai là đào tạo.', 'II. Kết quả đạt được',
    ]);
  });
});

describe('splitClauses: more joins', () => {
  it('splits before ", trong đó" and ", theo đó"', () => {
    const text = 'Hai bên ký 10 thỏa thuận, trong đó Samsung cam kết 1 tỷ USD, theo đó nhà máy mở rộng.';
    expect(texts(splitClauses(text, splitSentences(text)[0]!))).toEqual([
      'Hai bên ký 10 thỏa thuận', 'trong đó Samsung cam kết 1 tỷ USD', 'theo đó nhà máy mở rộng.',
    ]);
  });
});
