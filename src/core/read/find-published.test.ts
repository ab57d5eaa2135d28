import { describe, expect, it } from 'vitest';
import { findPublished } from './find-published.ts';

describe('findPublished', () => {
  it('reads a byline with a date under the headline', () => {
    expect(findPublished('Sapo ngắn.\nNhịp đập khoa học\n\nTiêu đề bài\n\nTuyết Nhung 26/06/2024 12:30\n\nNội dung.')).toBe('2024-06-26');
  });

  it('reads datelines with a weekday or a label', () => {
    expect(findPublished('Thứ Năm, 27/6/2024, 08:00 (GMT+7)\nTiêu đề\nNội dung.')).toBe('2024-06-27');
    expect(findPublished('Tiêu đề\nCập nhật: 05/03/2024 09:15\nNội dung.')).toBe('2024-03-05');
    expect(findPublished('Tiêu đề\n12/01/2025 - 10:20\nNội dung.')).toBe('2025-01-12');
  });

  it('does not take dates inside sentences, listing stamps or far-down lines', () => {
    expect(findPublished('Tiêu đề\nNgày 18/9/2023, Thủ tướng thăm Nvidia.')).toBeNull();
    expect(findPublished('Tiêu đề\n16:04 | 22/01/2025 Xuất nhập khẩu')).toBeNull();
    const far = `Tiêu đề\n${'Một đoạn văn.\n'.repeat(10)}Minh Anh 26/06/2024`;
    expect(findPublished(far)).toBeNull();
  });

  it('reads an author, then the time, then the date, and a bare GMT offset', () => {
    expect(findPublished('Tiêu đề bài\nLan Anh - 09:45, 03/11/2025\nNội dung.')).toBe('2025-11-03');
    expect(findPublished('Tiêu đề bài\nThứ Hai, 3/11/2025 09:45 GMT+7\nNội dung.')).toBe('2025-11-03');
    expect(findPublished('Tiêu đề bài\nThứ Sáu, 12/9/2025\nNội dung.')).toBe('2025-09-12');
  });

  it('refuses impossible dates', () => {
    expect(findPublished('Tiêu đề\n31/02/2024 10:00')).toBeNull();
  });
});

describe('findPublished in English', () => {
  it('reads stamps under the headline: month first or day first, with a weekday, a label, a time or an author', () => {
    expect(findPublished('Chip firm expands\nMay 8, 2025 | 10:30 am\nBody text.')).toBe('2025-05-08');
    expect(findPublished('Chip firm expands\nThursday, May 8, 2025\nBody text.')).toBe('2025-05-08');
    expect(findPublished('Chip firm expands\nPublished: 8 May 2025 14:05 (GMT+7)\nBody text.')).toBe('2025-05-08');
    expect(findPublished('Chip firm expands\nLast updated on Sept. 3, 2024\nBody text.')).toBe('2024-09-03');
    expect(findPublished('Chip firm expands\nBy Jane Doe - March 12th, 2024\nBody text.')).toBe('2024-03-12');
  });

  it('reads a dateline opening the lead', () => {
    expect(findPublished('Chip firm expands\nHANOI, May 8, 2025 — A chip firm said on Tuesday it would expand.')).toBe('2025-05-08');
    expect(findPublished('Chip firm expands\nHo Chi Minh City, 23 April 2024 (VNA) - The city signed a deal.')).toBe('2024-04-23');
  });

  it('does not take dates inside sentences, listing stamps, datelines without a year or impossible dates', () => {
    expect(findPublished('Chip firm expands\nOn March 10, 2025, the firm pledged $200 million.')).toBeNull();
    expect(findPublished('Chip firm expands\n10:30 | May 8, 2025 Another story')).toBeNull();
    expect(findPublished('Chip firm expands\nHANOI, May 8 (Reuters) - A chip firm said it would expand.')).toBeNull();
    expect(findPublished('Chip firm expands\nFebruary 30, 2024\nBody.')).toBeNull();
  });
});
