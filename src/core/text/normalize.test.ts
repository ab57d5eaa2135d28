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

describe('unifyToneMarks, as the regex replacement it replaces', () => {
  // The former implementation: one regex pass with a replacer.
  const reference = (s: string) => s.replace(/[oOuU][\u00C0-\u1EF9]/g, (pair: string, offset: number) => {
    const before = s[offset - 1];
    const after = s[offset + 2];
    if (before === 'q' || before === 'Q' || (after !== undefined && /[\p{L}\p{M}]/u.test(after))) return pair;
    const decomposed = pair[1]!.normalize('NFD');
    const tone = /[\u0300\u0301\u0303\u0309\u0323]/.exec(decomposed)?.[0];
    if (!tone) return pair;
    const bare = decomposed.replace(tone, '').normalize('NFC');
    const key = `${pair[0]!.toLowerCase()}${bare.toLowerCase()}`;
    if (key !== 'oa' && key !== 'oe' && key !== 'uy') return pair;
    return `${(pair[0]! + tone).normalize('NFC')}${bare}`;
  });

  it('gives the same result on mixed strings', () => {
    const pieces = ['o', 'O', 'u', 'U', 'q', 'Q', 'à', 'ẻ', 'ỷ', 'ý', 'Ỷ', 'À', 'á', 'ạ', 'n', ' ', ',', 'ư', 'ố', 'ẹ', 'ỵ', '\u0301', 'h', 'oà', 'uỷ'];
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648);
    for (let n = 0; n < 3000; n++) {
      let s = '';
      const len = next() % 12;
      for (let i = 0; i < len; i++) s += pieces[next() % pieces.length];
      expect(unifyToneMarks(s)).toBe(reference(s));
    }
  });
});
