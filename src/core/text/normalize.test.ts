import { describe, expect, it } from 'vitest';
import { normalizeText, unifyToneMarks } from './normalize.ts';

describe('normalizeText', () => {
  it('composes NFD text, so both forms store the same string', () => {
    const nfd = 'Hòa Lạc, Thủ tướng'.normalize('NFD');
    expect(nfd).not.toBe('Hòa Lạc, Thủ tướng');
    expect(normalizeText(nfd)).toBe('Hòa Lạc, Thủ tướng');
  });

  it('turns CRLF and lone CR into LF and drops a BOM', () => {
    expect(normalizeText('\uFEFFTin 1\r\nTin 2\rTin 3\n')).toBe('Tin 1\nTin 2\nTin 3\n');
  });

  it('keeps everything else as written: spaces, quotes, old tone marks', () => {
    const raw = 'hoà  thuỷ\u00A0“AI”\t…';
    expect(normalizeText(raw)).toBe(raw);
  });
});

describe('unifyToneMarks', () => {
  it.each([
    ['hoà', 'hòa'], ['thuỷ', 'thủy'], ['khoẻ', 'khỏe'], ['uý', 'úy'], ['Hoà Lạc', 'Hòa Lạc'],
    ['HOÀ', 'HÒA'], ['THUỶ ĐIỆN', 'THỦY ĐIỆN'], ['Uỷ ban', 'Ủy ban'], ['hoá học', 'hóa học'],
    ['toạ đàm', 'tọa đàm'], ['luỹ kế', 'lũy kế'], ['xoè', 'xòe'],
  ])('%s → %s', (input, expected) => {
    expect(unifyToneMarks(input)).toBe(expected);
  });

  it('leaves closed syllables and qu- alone', () => {
    for (const word of ['hoàng', 'toán', 'quý', 'quả', 'khuỷu', 'thuyết', 'hòa', 'Hòa Lạc']) {
      expect(unifyToneMarks(word)).toBe(word);
    }
  });

  it('keeps the length', () => {
    const s = 'Thuỷ điện Hoà Bình, khoẻ mạnh';
    expect(unifyToneMarks(s)).toHaveLength(s.length);
  });
});
