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
