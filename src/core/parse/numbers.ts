/**
 * Vietnamese numbers and quantities: "." groups thousands and "," marks decimals ("1.000" = 1000,
 * "1,5" = 1.5); scale words nghìn/ngàn = 10³, triệu = 10⁶, tỷ/tỉ = 10⁹ multiply ("nghìn tỷ" = 10¹²).
 */
import { lowerText } from '../text/fold.ts';
import { NUMBER_WORDS, NUMBER_WORD_START, parseNumberWords } from './number-words.ts';
import { UNIT_FORMS, unitOf, type QuantityKind } from './units.ts';

export { toUsd } from './units.ts';
export type { QuantityKind } from './units.ts';

export type QuantityQualifier = 'more_than' | 'at_least' | 'nearly' | 'up_to' | 'about';

export interface Quantity {
  /** Offsets of the amount itself ("3 tỷ USD"), without qualifier or "thêm". */
  start: number;
  end: number;
  text: string;
  /** Start of the whole phrase, qualifier and "thêm" included ("thêm 3 tỷ USD"). */
  phraseStart: number;
  value: number;
  unit: string | null;
  kind: QuantityKind | 'number';
  qualifier: QuantityQualifier | null;
  incremental: boolean;
  /** "30 tỷ đồng/m2": a rate per this unit, not an amount. */
  per: string | null;
}

/**
 * Parses a number written with Vietnamese separators. A lone "." followed by groups of exactly three
 * digits groups thousands; otherwise it is a decimal point. A lone "," is a decimal comma; several
 * ","-groups of three digits are English thousands. Returns null for anything else.
 */
export function parseVietnameseNumber(s: string): number | null {
  const t = s.trim();
  if (!/^\d[\d.,]*$/.test(t) || /[.,]$/.test(t)) return null;
  const dots = t.includes('.');
  const commas = t.includes(',');
  let canonical: string;
  if (dots && commas) {
    canonical = t.lastIndexOf(',') > t.lastIndexOf('.')
      ? t.replace(/\./g, '').replace(',', '.')
      : t.replace(/,/g, '');
  } else if (dots) {
    canonical = /^\d{1,3}(\.\d{3})+$/.test(t) ? t.replace(/\./g, '') : t;
  } else if (commas) {
    canonical = /^\d{1,3}(,\d{3}){2,}$/.test(t) ? t.replace(/,/g, '') : t.replace(',', '.');
  } else canonical = t;
  if (!/^\d+(\.\d+)?$/.test(canonical)) return null;
  return Number(canonical);
}

const SCALES: Record<string, number> = { 'nghìn': 1e3, 'ngàn': 1e3, 'triệu': 1e6, 'tỷ': 1e9, 'tỉ': 1e9 };
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\$]/g, '\\$&');

const DIGITS = String.raw`\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d{1,3}(?:,\d{3}){2,}|\d+(?:[.,]\d+)?`;
const WORDS = `(?:${NUMBER_WORD_START.join('|')})(?:\\s+(?:${NUMBER_WORDS.join('|')}))*`;
const SCALE = `(?:\\s*(?:${Object.keys(SCALES).join('|')})(?![\\p{L}\\p{M}]))*`;
const UNIT = `(?:\\s*(${UNIT_FORMS.map((u) => escape(u.form)).join('|')})(?![\\p{L}\\p{M}\\d]))?`;
// Two passes, each starting on a literal (a digit, a number word) so the engine skips fast; the
// character before the match is checked in code ("C4IR", "1.000" halves are not quantities).
const DIGIT_QUANTITY = new RegExp(`(${DIGITS})(?!\\d|[.,]\\d)()(${SCALE})${UNIT}`, 'gu');
const WORD_QUANTITY = new RegExp(`()(${WORDS})(?![\\p{L}\\p{M}])(${SCALE})${UNIT}`, 'gu');
const WORD_CHAR = /[\p{L}\p{M}\d.,]/u;

const QUALIFIERS: Array<[string, QuantityQualifier]> = [
  ['gần như', 'nearly'], ['gần', 'nearly'], ['xấp xỉ', 'about'], ['khoảng chừng', 'about'],
  ['khoảng', 'about'], ['chừng', 'about'], ['ước tính', 'about'], ['ước', 'about'],
  ['ít nhất', 'at_least'], ['tối thiểu', 'at_least'], ['không dưới', 'at_least'],
  ['hơn', 'more_than'], ['trên', 'more_than'], ['vượt', 'more_than'],
  ['lên tới', 'up_to'], ['lên đến', 'up_to'], ['tới', 'up_to'], ['tối đa', 'up_to'], ['không quá', 'up_to'],
];
const BEFORE = new RegExp(
  `(?:^|[^\\p{L}\\p{M}])((?:thêm\\s+)?(?:(${QUALIFIERS.map((q) => q[0]).join('|')})\\s+)?(?:thêm\\s+)?)$`,
  'u',
);

function scaleOf(scaleText: string): number {
  return scaleText.trim().split(/\s+/).filter(Boolean).reduce((acc, w) => acc * (SCALES[w] ?? 1), 1);
}

/**
 * Quantities in stored text: a number (digits or words) with scale words and/or a unit. Bare numbers
 * with neither are left out (they are dates, ordinals, counts of nothing in particular).
 */
export function findQuantities(text: string): Quantity[] {
  const lower = lowerText(text);
  const out: Quantity[] = [];
  const matches = [...lower.matchAll(DIGIT_QUANTITY), ...lower.matchAll(WORD_QUANTITY)].sort((a, b) => a.index - b.index);
  for (const m of matches) {
    const [whole, digitText, wordText, scaleText = '', unitText] = m;
    if (m.index > 0 && WORD_CHAR.test(lower[m.index - 1]!)) continue;
    const digits = digitText || undefined;
    const words = wordText || undefined;
    if (!scaleText.trim() && !unitText) continue;
    const base = digits !== undefined ? parseVietnameseNumber(digits) : parseNumberWords(words!.split(/\s+/));
    if (base === null) continue;
    // "năm" alone is far more often "year" than "five".
    if (words !== undefined && !unitText && /^năm$/.test(words)) continue;
    const start = m.index;
    const end = start + whole.length;
    const unit = unitText ? unitOf(unitText) : undefined;
    const before = BEFORE.exec(lower.slice(Math.max(0, start - 30), start));
    const lead = before?.[1] ?? '';
    const qualifier = before?.[2] ? (QUALIFIERS.find((q) => q[0] === before[2])?.[1] ?? null) : null;
    const per = /^\/\s*([\p{L}\d²]+)/u.exec(lower.slice(end, end + 12))?.[1] ?? null;
    out.push({
      start, end, text: text.slice(start, end), phraseStart: start - lead.length,
      value: roundValue(base * scaleOf(scaleText)),
      unit: unit?.unit ?? null,
      kind: unit?.kind ?? 'number',
      qualifier, incremental: /thêm/.test(lead), per,
    });
  }
  return out;
}

// 1,5 × 10⁹ must print as 1500000000, not 1500000000.0000002.
function roundValue(v: number): number {
  return Number(v.toPrecision(12));
}
