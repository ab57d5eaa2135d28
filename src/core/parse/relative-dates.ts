/**
 * Dates written relative to the article's own date: "năm nay", "năm ngoái", "năm tới", "3 năm
 * trước", "hôm nay", "hôm qua". Without an article date they say nothing and are not reported.
 * ("5 năm tới" is a period, see periods.ts, not a date.)
 */
import { parseNumberWords } from './number-words.ts';

export interface RelativeDate {
  start: number;
  end: number;
  year: number;
  month: number | null;
  day: number | null;
}

const YEAR_WORDS = /(?<![\p{L}\p{M}])năm\s+(nay|ngoái|trước|tới|sau)(?![\p{L}\p{M}])/gu;
const DAY_WORDS = /(?<![\p{L}\p{M}])hôm\s+(nay|qua|kia)(?![\p{L}\p{M}])/gu;
const COUNT_BEFORE = /(?:^|[^\p{L}\p{M}\d])(\d{1,2}|một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười|vài|nhiều|mấy|các|những)\s+$/u;
const OFFSET: Record<string, number> = { 'nay': 0, 'ngoái': -1, 'trước': -1, 'tới': 1, 'sau': 1, 'qua': -1, 'kia': -2 };

/** Relative dates in lowered text (see `lowerText`), resolved against `articleDate`. */
export function findRelativeDates(lower: string, articleDate: string | null): RelativeDate[] {
  const year = articleDate ? Number(articleDate.slice(0, 4)) : null;
  if (year === null || !Number.isFinite(year)) return [];
  const out: RelativeDate[] = [];
  for (const m of lower.matchAll(YEAR_WORDS)) {
    const count = COUNT_BEFORE.exec(lower.slice(Math.max(0, m.index - 12), m.index));
    if (count) {
      // "3 năm trước" is a date; "5 năm tới" a period; "nhiều năm trước" no date at all.
      const n = /^\d+$/.test(count[1]!) ? Number(count[1]) : parseNumberWords([count[1]!]);
      if (m[1] !== 'trước' || !n) continue;
      out.push({ start: m.index - count[0].trimStart().length, end: m.index + m[0].length, year: year - n, month: null, day: null });
      continue;
    }
    out.push({ start: m.index, end: m.index + m[0].length, year: year + OFFSET[m[1]!]!, month: null, day: null });
  }
  if (/^\d{4}-\d{2}-\d{2}$/.test(articleDate ?? '')) {
    for (const m of lower.matchAll(DAY_WORDS)) {
      const d = new Date(`${articleDate}T00:00:00Z`);
      d.setUTCDate(d.getUTCDate() + OFFSET[m[1]!]!);
      out.push({ start: m.index, end: m.index + m[0].length, year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() });
    }
  }
  return out;
}
