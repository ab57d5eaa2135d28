import { describe, expect, it } from 'vitest';
import { findPeriods } from './periods.ts';

const periods = (text: string, articleDate: string | null = '2024-08-13') =>
  findPeriods(text, articleDate).map((p) => [p.text, p.period]);

describe('findPeriods', () => {
  it('counts "N năm tới" from the article year', () => {
    expect(periods('giải ngân thêm 3 tỷ USD trong 5 năm tới;')).toEqual([['trong 5 năm tới', { start: 2024, end: 2029 }]]);
    expect(periods('trong ba năm tới', '2025-01-02')).toEqual([['trong ba năm tới', { start: 2025, end: 2028 }]]);
    expect(periods('2 năm tới, khi các dự án')).toEqual([['2 năm tới', { start: 2024, end: 2026 }]]);
  });

  it('has no period for a relative one without an article date', () => {
    expect(periods('trong 5 năm tới', null)).toEqual([['trong 5 năm tới', null]]);
  });

  it('reads explicit ranges', () => {
    expect(periods('cho giai đoạn 2025 - 2026, cùng')).toEqual([['giai đoạn 2025 - 2026', { start: 2025, end: 2026 }]]);
    expect(periods('Chiến lược 5 năm 2021-2025')).toEqual([['năm 2021-2025', { start: 2021, end: 2025 }]]);
    expect(periods('từ năm 2025 đến năm 2030', null)).toEqual([['từ năm 2025 đến năm 2030', { start: 2025, end: 2030 }]]);
    expect(periods('giai đoạn 2025 – 2030')).toEqual([['giai đoạn 2025 – 2030', { start: 2025, end: 2030 }]]);
  });

  it('reads targets: "đến năm 2030", "vào 2030"', () => {
    expect(periods('đến năm 2030, tầm nhìn đến năm 2045')).toEqual([
      ['đến năm 2030', { start: 2024, end: 2030 }],
      ['đến năm 2045', { start: 2024, end: 2045 }],
    ]);
    expect(periods('cân bằng vào 2030.')).toEqual([['vào 2030', { start: 2024, end: 2030 }]]);
    expect(periods('đến năm 2030', null)).toEqual([['đến năm 2030', { start: 2030, end: 2030 }]]);
  });

  it('ignores reversed or implausible ranges and past targets', () => {
    expect(periods('giai đoạn 2030 - 2025')).toEqual([]);
    expect(periods('vào 2020')).toEqual([]);
    expect(periods('số 1000-2000')).toEqual([]);
  });
});

describe('findPeriods: more forms', () => {
  it('reads "trong N năm" as the coming years, but not "trong N năm qua"', () => {
    expect(periods('rót 2 tỷ USD trong 5 năm')).toEqual([['trong 5 năm', { start: 2024, end: 2029 }]]);
    expect(periods('trong vòng mười năm, tập đoàn')).toEqual([['trong vòng mười năm', { start: 2024, end: 2034 }]]);
    expect(periods('trong 10 năm qua')).toEqual([]);
  });

  it('reads a target at the start or end of a year', () => {
    expect(periods('đến cuối năm 2025')).toEqual([['đến cuối năm 2025', { start: 2024, end: 2025 }]]);
  });
});
