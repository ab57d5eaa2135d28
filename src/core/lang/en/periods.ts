/**
 * Periods in English news text: "over five years", "over the next five years", "in the next three
 * years", "within three years", "by 2030", "until 2030", "2025-2030", "from 2025 to 2030", "between
 * 2025 and 2030", "in the 2021-2025 period". Relative periods count from the article's year (null
 * without one); an open-ended target ("by 2030") with no article year starts and ends at the target.
 */
import type { PeriodMatch } from '../../parse/periods.ts';
import { lowerText } from '../../text/fold.ts';
import { SMALL_NUMBERS } from './numbers-words.ts';

const COUNT = `(\\d{1,2}|${Object.keys(SMALL_NUMBERS).filter((w) => !['a', 'an', 'hundred', 'dozen'].includes(w)).join('|')})`;
const END = '(?![\\p{L}\\p{N}])';
const YEAR = '((?:19|20)\\d{2})';

const RANGE = new RegExp(`(?<![\\p{L}\\p{N}])(?:(?:in\\s+the\\s+|over\\s+the\\s+|during\\s+the\\s+|for\\s+the\\s+)?(?:(?:from|between)\\s+)?)${YEAR}\\s*(?:-|–|to|and|through|until)\\s*${YEAR}${END}(?:\\s+(?:period|term|phase|plan))?`, 'gu');
const TARGET = new RegExp(`(?<![\\p{L}])(?:by|until|till|through|to|before|towards|toward)\\s+(?:(?:the\\s+)?(?:end|middle|start)\\s+of\\s+)?${YEAR}${END}`, 'gu');
const COMING = new RegExp(`(?<![\\p{L}])(?:over|in|within|for|during)\\s+(?:the\\s+)?(?:next|coming|following)\\s+${COUNT}\\s+years${END}`, 'gu');
const OVER = new RegExp(`(?<![\\p{L}])(?:over|within|in)\\s+(?:a\\s+period\\s+of\\s+)?${COUNT}\\s+years${END}(?!\\s+(?:ago|earlier|before|since))`, 'gu');

const plausible = (a: number, b: number) => b >= a && b - a <= 50;

function countOf(s: string): number | null {
  if (/^\d+$/.test(s)) return Number(s);
  return SMALL_NUMBERS[s] ?? null;
}

/** Periods in English stored text, in order, not overlapping. */
export function findEnglishPeriods(text: string, published: string | null): PeriodMatch[] {
  const lower = lowerText(text);
  const m0 = published ? /^(\d{4})/.exec(published) : null;
  const year = m0 ? Number(m0[1]) : null;
  const out: PeriodMatch[] = [];
  const push = (start: number, end: number, period: PeriodMatch['period']) => {
    if (out.some((p) => start < p.end && p.start < end)) return;
    out.push({ start, end, text: text.slice(start, end), period });
  };
  for (const m of lower.matchAll(RANGE)) {
    const [a, b] = [Number(m[1]), Number(m[2])];
    if (plausible(a, b)) push(m.index, m.index + m[0].length, { start: a, end: b });
  }
  for (const m of lower.matchAll(TARGET)) {
    const end = Number(m[1]);
    if (year !== null && end < year) continue;
    push(m.index, m.index + m[0].length, year === null ? { start: end, end } : { start: year, end });
  }
  for (const re of [COMING, OVER]) {
    for (const m of lower.matchAll(re)) {
      const n = countOf(m[1]!);
      if (!n) continue;
      push(m.index, m.index + m[0].length, year === null ? null : { start: year, end: year + n });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
