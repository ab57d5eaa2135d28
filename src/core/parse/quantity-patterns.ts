/**
 * The regular expressions behind `findQuantities`, over `lowerText` (lower case, diacritics kept,
 * one tone-mark placement). Each pass starts on a literal (a digit, a number word, a vague word,
 * a currency sign) so the engine skips quickly through ordinary text.
 */
import { NUMBER_WORDS, NUMBER_WORD_START } from './number-words.ts';
import { UNIT_FORMS } from './units.ts';

export type QuantityQualifier = 'more_than' | 'at_least' | 'nearly' | 'up_to' | 'about';

export const SCALES: Record<string, number> = { 'nghìn': 1e3, 'ngàn': 1e3, 'triệu': 1e6, 'tỷ': 1e9, 'tỉ': 1e9 };
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\$]/g, '\\$&');

const DIGITS = String.raw`\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d{1,3}(?:,\d{3}){2,}|\d+(?:[.,]\d+)?`;
const WORDS = `(?:${NUMBER_WORD_START.join('|')})(?:\\s+(?:${NUMBER_WORDS.join('|')}))*`;
const SCALE = `(?:\\s*(?:${Object.keys(SCALES).join('|')})(?![\\p{L}\\p{M}]))*`;
const UNIT = `(?:\\s*(${UNIT_FORMS.map((u) => escape(u.form)).join('|')})(?![\\p{L}\\p{M}\\d]))?`;

/** Groups: 1 prefix currency, 2 digits, 3 number words, 4 vague word, 5 vague scale, 6 scale words, 7 unit. */
export const QUANTITY_PASSES: RegExp[] = [
  new RegExp(`()(${DIGITS})(?!\\d|[.,]\\d)()()()(${SCALE})${UNIT}`, 'gu'),
  new RegExp(`()()(${WORDS})(?![\\p{L}\\p{M}])()()(${SCALE})${UNIT}`, 'gu'),
  // "hàng nghìn kỹ sư", "nhiều tỷ USD", "vài trăm doanh nghiệp": vague, kept only with a unit
  new RegExp(`()()()(hàng|nhiều|vài|mấy)\\s+(chục|trăm|nghìn|ngàn|triệu|tỷ|tỉ)(?![\\p{L}\\p{M}])(${SCALE})${UNIT}`, 'gu'),
  // "US$3 tỷ", "$1,5 tỷ"
  new RegExp(`(us\\$|\\$)\\s?(${DIGITS})(?!\\d|[.,]\\d)()()()(${SCALE})()`, 'gu'),
];

/** Words of a vague amount: the number it stands for at least, and the qualifier it carries. */
export const VAGUE: Record<string, { base: number; qualifier: QuantityQualifier }> = {
  'hàng': { base: 1, qualifier: 'at_least' },
  'nhiều': { base: 1, qualifier: 'more_than' },
  'vài': { base: 2, qualifier: 'at_least' },
  'mấy': { base: 2, qualifier: 'at_least' },
};
export const VAGUE_SCALES: Record<string, number> = { 'chục': 10, 'trăm': 100, ...SCALES };

/** A letter, digit or number separator right before a match: it is inside a word or a number. */
export const GLUED_BEFORE = /[\p{L}\p{M}\d.,/]/u;

const QUALIFIERS: Array<[string, QuantityQualifier]> = [
  ['gần như', 'nearly'], ['gần', 'nearly'], ['xấp xỉ', 'about'], ['khoảng chừng', 'about'],
  ['khoảng', 'about'], ['chừng', 'about'], ['ước tính', 'about'], ['ước', 'about'],
  ['ít nhất', 'at_least'], ['tối thiểu', 'at_least'], ['không dưới', 'at_least'],
  ['hơn', 'more_than'], ['trên', 'more_than'], ['vượt', 'more_than'],
  ['lên tới', 'up_to'], ['lên đến', 'up_to'], ['tới', 'up_to'], ['tối đa', 'up_to'], ['không quá', 'up_to'],
];
const QUALIFIER_OF = new Map(QUALIFIERS);
const BEFORE = new RegExp(
  `(?:^|[^\\p{L}\\p{M}])((?:thêm\\s+)?(?:(${QUALIFIERS.map((q) => q[0]).join('|')})\\s+)?(?:thêm\\s+)?)$`,
  'u',
);
// "2-3 tỷ USD", "từ 2 đến 3 tỷ USD": the low end right before the amount.
const RANGE_BEFORE = new RegExp(`(?:^|[^\\p{L}\\p{M}\\d.,])((?:từ\\s+)?(${DIGITS})\\s*(?:-|đến|tới)\\s*)$`, 'u');

export interface Lead {
  /** Characters before the amount that belong to the phrase ("thêm ", "ít nhất ", "2 - "). */
  length: number;
  qualifier: QuantityQualifier | null;
  incremental: boolean;
  /** The low end of a range, in the same scale as the amount's digits. */
  lowDigits: string | null;
}

/** What precedes an amount: qualifier, "thêm", or the low end of a range. */
export function readLead(before: string): Lead {
  const range = RANGE_BEFORE.exec(before);
  if (range) return { length: range[1]!.length, qualifier: 'up_to', incremental: false, lowDigits: range[2]! };
  const m = BEFORE.exec(before);
  const lead = m?.[1] ?? '';
  return {
    length: lead.length,
    qualifier: m?.[2] ? (QUALIFIER_OF.get(m[2]) ?? null) : null,
    incremental: /thêm/.test(lead),
    lowDigits: null,
  };
}

export function scaleOf(scaleText: string, scales: Record<string, number> = SCALES): number {
  let value = 1;
  for (const word of scaleText.trim().split(/\s+/)) if (word) value *= scales[word] ?? 1;
  return value;
}

/** "đô" is dollars after a number, but not in "2 đô thị" (two cities). */
export const NOT_DOLLAR_AFTER = /^\s+(?:thị|thành|đốc|hộ|vật|trưởng|sư)(?![\p{L}\p{M}])/u;
