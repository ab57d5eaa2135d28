import { describe, expect, it } from 'vitest';
import { normalizeText } from '../text/normalize.ts';
import { findQuantities, parseVietnameseNumber, toUsd } from './numbers.ts';
import { parseNumberWords } from './number-words.ts';

const one = (text: string) => {
  const found = findQuantities(text);
  expect(found, text).toHaveLength(1);
  return found[0]!;
};

describe('parseVietnameseNumber', () => {
  it.each([
    ['1.000', 1000], ['1,5', 1.5], ['8', 8], ['20.000', 20000], ['1.234.567', 1234567],
    ['1.234,5', 1234.5], ['0,25', 0.25], ['25.6', 25.6], ['1,000,000', 1000000],
  ])('%s = %d', (s, n) => {
    expect(parseVietnameseNumber(s)).toBe(n);
  });

  it('rejects what is not a number', () => {
    for (const s of ['', 'abc', '1.', '1..2', '1,2,3', '-']) expect(parseVietnameseNumber(s), s).toBeNull();
  });
});

describe('parseNumberWords', () => {
  it.each([
    ['hai', 2], ['mười', 10], ['mười lăm', 15], ['hai mươi', 20], ['hai mươi mốt', 21], ['ba mươi lăm', 35],
    ['một trăm', 100], ['ba trăm linh năm', 305], ['chín trăm chín mươi chín', 999],
  ])('%s = %d', (s, n) => {
    expect(parseNumberWords(s.split(' '))).toBe(n);
  });

  it('rejects malformed runs', () => {
    for (const s of ['lăm', 'mươi', 'hai hai', 'mốt']) expect(parseNumberWords(s.split(' ')), s).toBeNull();
  });
});

describe('findQuantities', () => {
  it('reads money with scale words and the unit', () => {
    expect(one('LG dự kiến giải ngân 3 tỷ USD')).toMatchObject({ text: '3 tỷ USD', value: 3e9, unit: 'USD', kind: 'money' });
    expect(one('tổng vốn 300 triệu USD tại TPHCM')).toMatchObject({ value: 3e8, unit: 'USD' });
    expect(one('khoản vay 1,5 tỷ USD')).toMatchObject({ value: 1.5e9, unit: 'USD' });
    expect(one('đạt 150 tỷ USD vào 2030')).toMatchObject({ value: 1.5e11, unit: 'USD' });
    expect(one('gói 2 nghìn tỷ đồng')).toMatchObject({ value: 2e12, unit: 'VND' });
    expect(one('khoảng 500 triệu euro')).toMatchObject({ value: 5e8, unit: 'EUR', qualifier: 'about' });
    expect(one('viện trợ 10 triệu đô la Mỹ')).toMatchObject({ text: '10 triệu đô la Mỹ', unit: 'USD' });
    expect(one('ODA 20 tỷ yên')).toMatchObject({ value: 2e10, unit: 'JPY' });
  });

  it('keeps the exact offsets of the amount and the phrase', () => {
    const text = 'LG dự kiến giải ngân thêm 3 tỷ USD trong 5 năm tới';
    const q = one(text);
    expect(text.slice(q.start, q.end)).toBe('3 tỷ USD');
    expect(text.slice(q.phraseStart, q.end)).toBe('thêm 3 tỷ USD');
    expect(q.incremental).toBe(true);
  });

  it('reads counts of people, universities, companies and investors', () => {
    expect(one('đào tạo 1.000 kỹ sư chuyên sâu')).toMatchObject({ value: 1000, unit: 'people', kind: 'count' });
    expect(one('hỗ trợ 30 trường đại học hàng đầu')).toMatchObject({ value: 30, unit: 'universities' });
    expect(one('15 công ty năng lượng và công nghệ')).toMatchObject({ value: 15, unit: 'companies' });
    expect(one('thu hút ít nhất hai nhà đầu tư từ mỗi quốc gia')).toMatchObject({ value: 2, unit: 'investors', qualifier: 'at_least' });
    expect(one('hai mươi lăm giảng viên')).toMatchObject({ value: 25, unit: 'people' });
  });

  it('reads qualifiers', () => {
    expect(one('không dừng lại ở con số hơn 5 tỷ nữa')).toMatchObject({ value: 5e9, unit: null, qualifier: 'more_than' });
    expect(one('hỗ trợ ít nhất 50% doanh nghiệp')).toMatchObject({ value: 50, unit: 'percent', qualifier: 'at_least' });
    expect(one('với số vốn lên tới 8 tỷ USD')).toMatchObject({ qualifier: 'up_to' });
    expect(one('gần như 100 phần trăm')).toMatchObject({ value: 100, unit: 'percent', qualifier: 'nearly' });
    expect(one('trên 2.000 lao động')).toMatchObject({ value: 2000, qualifier: 'more_than' });
    expect(one('thêm hơn 1 tỷ USD')).toMatchObject({ qualifier: 'more_than', incremental: true });
  });

  it('marks area as area, never money', () => {
    expect(one('(rộng gần 20.000m2)')).toMatchObject({ value: 20000, unit: 'm2', kind: 'area', qualifier: 'nearly' });
    expect(one('khu đất 50 ha')).toMatchObject({ unit: 'ha', kind: 'area' });
    expect(one('30 tỷ đồng/m2 đất')).toMatchObject({ unit: 'VND', per: 'm2' });
  });

  it('reads energy output as an output figure, never money', () => {
    expect(one('sản lượng điện khoảng 391,8 triệu kWh/năm')).toMatchObject({ value: 391_800_000, unit: 'kWh', kind: 'capacity' });
  });

  it('leaves out bare numbers, dates, fractions and codes', () => {
    for (const text of ['năm 2024', 'ngày 18/9/2023', 'chiếm hơn 1/3', '1/3 doanh nghiệp', 'lần thứ 54', 'C4IR', 'Km3+4', 'trên 100 năm', 'hai nước', 'G7']) {
      expect(findQuantities(text), text).toEqual([]);
    }
  });

  it('reads messy input once it is stored: NFD, nbsp, old tone marks', () => {
    const stored = normalizeText('Khoảng\u00A03\u00A0tỷ USD và hơn 1.000 KỸ SƯ'.normalize('NFD'));
    const found = findQuantities(stored);
    expect(found.map((q) => [q.value, q.unit, q.qualifier])).toEqual([[3e9, 'USD', 'about'], [1000, 'people', 'more_than']]);
    for (const q of found) expect(stored.slice(q.start, q.end)).toBe(q.text);
  });

  it('finds several quantities in one sentence', () => {
    const found = findQuantities('Samsung rót 1,8 tỷ USD và tuyển 3.000 kỹ sư, chiếm 10% vốn.');
    expect(found.map((q) => q.unit)).toEqual(['USD', 'people', 'percent']);
  });
});

describe('toUsd', () => {
  it('converts money at the documented rates', () => {
    expect(toUsd(3e9, 'USD')).toBe(3e9);
    expect(toUsd(25_000_000, 'VND', 2024)).toBe(1000);
    expect(toUsd(23_500_000, 'VND', 2020)).toBe(1000);
    expect(toUsd(1000, 'EUR')).toBe(1080);
  });

  it('is null for what is not money', () => {
    expect(toUsd(1000, 'people')).toBeNull();
    expect(toUsd(20000, 'm2')).toBeNull();
    expect(toUsd(5e9, null)).toBeNull();
  });
});

describe('findQuantities: ranges, vague amounts, currency signs', () => {
  it('reads a range as its top with the low end kept', () => {
    const text = 'dự kiến đầu tư 2-3 tỷ USD';
    const q = one(text);
    expect(q).toMatchObject({ text: '3 tỷ USD', value: 3e9, low: 2e9, qualifier: 'up_to', unit: 'USD' });
    expect(text.slice(q.phraseStart, q.end)).toBe('2-3 tỷ USD');
    expect(one('từ 1,5 đến 2 tỷ USD')).toMatchObject({ value: 2e9, low: 1.5e9 });
  });

  it('reads vague amounts as their floor, only with a unit', () => {
    expect(one('trị giá nhiều tỷ USD như')).toMatchObject({ text: 'nhiều tỷ USD', value: 1e9, unit: 'USD', qualifier: 'more_than', vague: true });
    expect(one('tuyển hàng nghìn kỹ sư')).toMatchObject({ value: 1000, unit: 'people', qualifier: 'at_least', vague: true });
    expect(one('vài trăm doanh nghiệp')).toMatchObject({ value: 200, unit: 'companies', vague: true });
    expect(findQuantities('đã có hàng trăm năm lịch sử')).toEqual([]);
  });

  it('reads "US$" and "$" before the number, and "đô" after it, as dollars', () => {
    expect(one('khoản đầu tư US$1,5 tỷ')).toMatchObject({ text: 'US$1,5 tỷ', value: 1.5e9, unit: 'USD' });
    expect(one('rót 500 triệu đô vào')).toMatchObject({ value: 5e8, unit: 'USD' });
    expect(one('xây 2 triệu đô thị mới')).toMatchObject({ text: '2 triệu', unit: null });
  });

  it('reads "1,000" before a count as a thousand', () => {
    expect(one('đào tạo 1,000 kỹ sư')).toMatchObject({ value: 1000, unit: 'people' });
    expect(one('đầu tư 1,250 tỷ USD')).toMatchObject({ value: 1.25e9 });
  });
});

describe('findQuantities: "năm" as a year', () => {
  it('reads "năm" as five only where a year makes no sense', () => {
    expect(one('năm doanh nghiệp Hàn Quốc')).toMatchObject({ value: 5, unit: 'companies' });
    expect(findQuantities('trong năm doanh nghiệp xuất khẩu tăng')).toEqual([]);
    expect(findQuantities('mỗi năm người lao động')).toEqual([]);
  });
});
