/**
 * Periods in Vietnamese news text: "trong 5 năm tới", "giai đoạn 2025 - 2026", "2021-2025",
 * "đến năm 2030", "vào 2030". Relative periods count from the article's year; with no article date
 * they have `period: null`. An open-ended target ("đến năm 2030") with no article date starts and
 * ends at the target year.
 */
import { lowerText } from '../text/fold.ts';
import { parseNumberWords } from './number-words.ts';
import { articleYear } from './dates.ts';

export interface PeriodMatch {
  start: number;
  end: number;
  text: string;
  period: { start: number; end: number } | null;
}

const B = '(?<![\\p{L}\\p{M}\\d])';
const E = '(?![\\p{L}\\p{M}\\d])';
const YEAR = '((?:19|20)\\d{2})';
const COUNT = '(\\d{1,2}|một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười|mười lăm|hai mươi)';

type Build = (m: RegExpMatchArray, year: number | null) => { start: number; end: number } | null | undefined;

const RULES: Array<[RegExp, Build]> = [
  // giai đoạn 2025 - 2026, từ năm 2025 đến năm 2030, 2021-2025
  [new RegExp(`${B}(?:(?:giai đoạn|thời kỳ|nhiệm kỳ)\\s+)?(?:từ\\s+)?(?:năm\\s+)?${YEAR}\\s*(?:-|đến|tới)\\s*(?:năm\\s+)?${YEAR}${E}`, 'gu'),
    (m) => range(Number(m[1]), Number(m[2]))],
  // trong 5 năm tới, 3 năm tới, trong vòng 5 năm tiếp theo
  [new RegExp(`${B}(?:trong\\s+(?:vòng\\s+)?)?${COUNT}\\s+năm\\s+(?:tới|tiếp theo|sắp tới|kế tiếp|nữa)${E}`, 'gu'),
    (m, y) => {
      const n = /^\d+$/.test(m[1]!) ? Number(m[1]) : parseNumberWords(m[1]!.split(/\s+/));
      if (!n) return undefined;
      return y === null ? null : { start: y, end: y + n };
    }],
  // đến năm 2030, vào 2030, tới năm 2030, trước năm 2030, tầm nhìn 2045
  [new RegExp(`${B}(?:đến|tới|vào|trước|tầm nhìn)\\s+(?:năm\\s+)?${YEAR}${E}(?!\\s*(?:-|đến)\\s*\\d)`, 'gu'),
    (m, y) => {
      const target = Number(m[1]);
      if (y === null) return { start: target, end: target };
      return target >= y ? { start: y, end: target } : undefined;
    }],
];

function range(a: number, b: number) {
  return b >= a && b - a <= 50 ? { start: a, end: b } : undefined;
}

/** Periods in stored text, in order; the first rule to claim a stretch of text keeps it. */
export function findPeriods(text: string, articleDate: string | null): PeriodMatch[] {
  const lower = lowerText(text);
  const year = articleYear(articleDate);
  const out: PeriodMatch[] = [];
  for (const [re, build] of RULES) {
    for (const m of lower.matchAll(re)) {
      const start = m.index;
      const end = start + m[0].length;
      if (out.some((p) => start < p.end && end > p.start)) continue;
      const period = build(m, year);
      if (period === undefined) continue;
      out.push({ start, end, text: text.slice(start, end), period });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
