import { describe, expect, it } from 'vitest';
import { foldText, lowerText, nameKey, slugify } from './fold.ts';
import { normalizeText } from './normalize.ts';

describe('foldText', () => {
  it('lower-cases and strips Vietnamese diacritics, đ included', () => {
    expect(foldText('Đại sứ Nguyễn Quốc Dũng tại ĐÀ NẴNG')).toBe('dai su nguyen quoc dung tai da nang');
  });

  it('unifies spaces, quotes and dashes', () => {
    expect(foldText('“Cơ hội\u00A0vàng” – ‘AI’\u202Fnay')).toBe('"co hoi vang" - \'ai\' nay');
  });

  it('keeps the UTF-16 length, so offsets carry over', () => {
    const stored = normalizeText('Trung tâm NIC Hoà Lạc\u00A0(rộng gần 20.000m²) — 🚀 İstanbul');
    const folded = foldText(stored);
    expect(folded).toHaveLength(stored.length);
    const at = folded.indexOf('hoa lac');
    expect(stored.slice(at, at + 'hoa lac'.length)).toBe('Hoà Lạc');
  });
});

describe('lowerText', () => {
  it('keeps diacritics but unifies case and tone-mark placement', () => {
    expect(lowerText('HOÀ LẠC và Thuỷ')).toBe('hòa lạc và thủy');
    expect(lowerText('Lao Động')).not.toBe(lowerText('lao đồng'));
  });
});

describe('nameKey', () => {
  it('brings the spellings of an initialism together', () => {
    expect(nameKey('TP.HCM')).toBe('tphcm');
    expect(nameKey('TP HCM')).toBe('tphcm');
    expect(nameKey('TPHCM')).toBe('tphcm');
    expect(nameKey('tp. hcm')).toBe('tphcm');
  });

  it('folds case, diacritics, tone placement and NFD', () => {
    const key = 'hoa lac';
    expect(nameKey('Hoà Lạc')).toBe(key);
    expect(nameKey('HÒA LẠC')).toBe(key);
    expect(nameKey('hoa lac')).toBe(key);
    expect(nameKey('Hòa Lạc'.normalize('NFD'))).toBe(key);
    expect(nameKey('  Hòa\u00A0 Lạc ')).toBe(key);
  });

  it('keeps ordinary words apart and drops punctuation', () => {
    expect(nameKey('Bộ Kế hoạch - Đầu tư')).toBe('bo ke hoach dau tu');
    expect(nameKey('Samsung Electronics, Inc.')).toBe('samsung electronics inc');
    expect(nameKey('Samsung')).not.toBe(nameKey('Samsung Electronics'));
  });
});

describe('slugify', () => {
  it('makes id-safe slugs', () => {
    expect(slugify('NIC Hòa Lạc')).toBe('nic-hoa-lac');
    expect(slugify('Trung tâm Cách mạng công nghiệp lần thứ 4 (C4IR)')).toBe('trung-tam-cach-mang-cong-nghiep-lan-thu-4-c4ir');
    expect(slugify('TP.HCM')).toBe('tphcm');
    expect(slugify('R&D')).toMatch(/^[a-z0-9][a-z0-9-]*$/);
    expect(slugify('—')).toBe('');
  });
});
