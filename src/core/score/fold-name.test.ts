import { describe, expect, it } from 'vitest';
import { foldName } from './fold-name.ts';

describe('foldName', () => {
  it('folds case, diacritics, đ and punctuation', () => {
    expect(foldName('TP.HCM')).toBe(foldName('TPHCM'));
    expect(foldName('Đà Nẵng')).toBe('danang');
    expect(foldName('Bộ Kế hoạch - Đầu tư')).toBe('bokehoachdautu');
  });

  it('treats NFD input and old tone-mark placement alike', () => {
    expect(foldName('Hòa Lạc'.normalize('NFD'))).toBe(foldName('HOÀ LẠC'));
    expect(foldName('Hoà Lạc')).toBe(foldName('Hòa Lạc'));
  });

  it('keeps different names apart', () => {
    expect(foldName('LG Display')).not.toBe(foldName('LG'));
  });
});
