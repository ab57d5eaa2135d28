import { describe, expect, it } from 'vitest';
import { normalizeText } from '../text/normalize.ts';
import { endsWithWordThenSpace, findDates } from './dates.ts';

const dates = (text: string, articleDate: string | null = '2024-08-13') =>
  findDates(text, articleDate).map((d) => [d.text, d.date]);

describe('findDates', () => {
  it('reads full dates', () => {
    expect(dates('trong chuyến công tác Mỹ ngày 18/9/2023.')).toEqual([['ngày 18/9/2023', '2023-09-18']]);
    expect(dates('ký ngày 5 tháng 3 năm 2024')).toEqual([['ngày 5 tháng 3 năm 2024', '2024-03-05']]);
    expect(dates('họp 01-02-2024 tại Hà Nội')).toEqual([['01-02-2024', '2024-02-01']]);
  });

  it('gives day/month the article year, or the year before when that would be later', () => {
    expect(dates('chiều 12/8, Tổng Bí thư')).toEqual([['chiều 12/8', '2024-08-12']]);
    expect(dates('chiều 20/8, Tổng Bí thư')).toEqual([['chiều 20/8', '2023-08-20']]);
    expect(dates('tại Hà Nội ngày 22/2.')).toEqual([['ngày 22/2', '2024-02-22']]);
    expect(dates('Chiều tối 22/2, tại Hà Nội')).toEqual([['Chiều tối 22/2', '2024-02-22']]);
  });

  it('leaves the year unknown without an article date', () => {
    const [d] = findDates('chiều 12/8, Tổng Bí thư', null);
    expect(d).toMatchObject({ text: 'chiều 12/8', date: null, month: 8, day: 12, year: null });
  });

  it('reads the dot form only after "ngày" and only when valid', () => {
    expect(dates('Ngày 25.6 (theo giờ địa phương)', '2024-06-26')).toEqual([['Ngày 25.6', '2024-06-25']]);
    expect(dates('lên tới 25.6 tỷ')).toEqual([]);
    expect(dates('ngày 32.6')).toEqual([]);
  });

  it('reads months and years', () => {
    expect(dates('Riêng trong tháng 1/2024, Việt Nam')).toEqual([['tháng 1/2024', '2024-01']]);
    expect(dates('năm 2024 là năm đặc biệt')).toEqual([['năm 2024', '2024']]);
    expect(dates('cuối năm 2023, nhiều doanh nghiệp')).toEqual([['cuối năm 2023', '2023']]);
    expect(dates('quan hệ ngoại giao từ 1992')).toEqual([['từ 1992', '1992']]);
    expect(dates('xuất khẩu tháng 11')).toEqual([['tháng 11', '2023-11']]);
  });

  it('does not take fractions, invalid days or plain numbers for dates', () => {
    expect(dates('chiếm hơn 1/3 kim ngạch')).toEqual([]);
    expect(dates('ngày 30/2')).toEqual([]);
    expect(dates('có 2024 người')).toEqual([]);
    expect(dates('ngày 12/13')).toEqual([]);
  });

  it('keeps offsets exact on messy input', () => {
    const stored = normalizeText('Sáng\u00A0ngày 12/8 và Chiều 14/8'.normalize('NFD'));
    const found = findDates(stored, '2024-09-01');
    expect(found.map((d) => d.date)).toEqual(['2024-08-12', '2024-08-14']);
    for (const d of found) expect(stored.slice(d.start, d.end)).toBe(d.text);
  });
});

describe('findDates: ranges, quarters, relative dates', () => {
  it('reads a day range as its first day', () => {
    expect(dates('ngày 12-13/8 tại Seoul')).toEqual([['ngày 12-13/8', '2024-08-12']]);
    expect(dates('từ 20 - 22/9/2023')).toEqual([['từ 20 - 22/9/2023', '2023-09-20']]);
    expect(dates('ngày 13-12/8')).toEqual([]);
  });

  it('reads the year of a quarter', () => {
    expect(dates('trong quý I/2024, vốn FDI')).toEqual([['quý I/2024', '2024']]);
    expect(dates('quý 3/2023')).toEqual([['quý 3/2023', '2023']]);
  });

  it('resolves relative years and days against the article date', () => {
    expect(dates('năm nay, Samsung')).toEqual([['năm nay', '2024']]);
    expect(dates('so với năm ngoái')).toEqual([['năm ngoái', '2023']]);
    expect(dates('vào năm tới')).toEqual([['năm tới', '2025']]);
    expect(dates('cách đây 3 năm trước')).toEqual([['3 năm trước', '2021']]);
    expect(dates('hôm qua, Bộ trưởng')).toEqual([['hôm qua', '2024-08-12']]);
  });

  it('leaves periods and undated relatives alone', () => {
    expect(dates('Chiến lược 5 năm 2021-2025')).toEqual([]);
    expect(dates('từ năm 2025 đến năm 2030')).toEqual([]);
    expect(dates('trong 5 năm tới')).toEqual([]);
    expect(dates('nhiều năm trước')).toEqual([]);
    expect(dates('năm nay', null)).toEqual([]);
  });
});

describe('endsWithWordThenSpace', () => {
  it('needs whitespace at the end and one of the words before it', () => {
    expect(endsWithWordThenSpace('vào ngày  ', ['ngày'])).toBe(true);
    expect(endsWithWordThenSpace('vào ngày\u00A0', ['ngày'])).toBe(true);
    expect(endsWithWordThenSpace('vào ngày', ['ngày'])).toBe(false);
    expect(endsWithWordThenSpace('vào tháng ', ['ngày', 'năm'])).toBe(false);
    expect(endsWithWordThenSpace(' ', ['ngày'])).toBe(false);
  });
});
