import { describe, expect, it } from 'vitest';
import { detectLanguage, tablesFor } from './detect-language.ts';

describe('detectLanguage', () => {
  it('reads Vietnamese from its marked letters', () => {
    expect(detectLanguage('Tập đoàn công nghệ cam kết đầu tư 200 triệu USD vào Hà Nội trong 5 năm tới.')).toBe('vi');
    expect(detectLanguage('Ngày 12/6, Bộ trưởng tiếp đoàn doanh nghiệp Hàn Quốc.')).toBe('vi');
  });

  it('reads English prose as English even when it quotes Vietnamese names with diacritics', () => {
    expect(detectLanguage('The chairman of the group, Trương Gia Bình, said on Monday that the company will hire 2,000 engineers in Việt Nam over the next three years.')).toBe('en');
    expect(detectLanguage('A Korean battery maker plans to build a $1 billion plant in the north of the country.')).toBe('en');
  });

  it('reads Vietnamese typed without diacritics as Vietnamese', () => {
    expect(detectLanguage('Cong ty se dau tu 200 trieu USD vao Ha Noi va cac tinh phia bac trong nam nay.')).toBe('vi');
  });

  it('falls back to Vietnamese when the text says too little', () => {
    expect(detectLanguage('FPT, Viettel, VNPT')).toBe('vi');
    expect(detectLanguage('2024 — 300')).toBe('vi');
  });
});

describe('tablesFor', () => {
  it('takes English for any English code and Vietnamese for anything else', () => {
    for (const code of ['en', 'EN', 'en-US', 'en_GB', 'English']) expect(tablesFor(code)).toBe('en');
    for (const code of ['vi', 'vi-VN', '', null, undefined, 'fr', 'eng-x']) expect(tablesFor(code)).toBe('vi');
  });
});
