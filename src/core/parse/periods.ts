/**
 * Periods in Vietnamese news text: "trong 5 năm tới", "giai đoạn 2025 - 2026", "2021-2025",
 * "đến năm 2030", "vào 2030". Relative periods count from the article's year; with no article date
 * they have `period: null`. An open-ended target ("đến năm 2030") with no article date starts and
 * ends at the target year. The scan is anchored on years and on "năm tới", reading cues around them.
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

const NW = '(?:^|[^\\p{L}\\p{M}\\d])';
const END = '(?![\\p{L}\\p{M}\\d])';
const COUNT_WORDS = 'một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười|mười lăm|hai mươi';

const YEAR_RUN = /(?<![\p{L}\p{M}\d.,/-])(?:19|20)\d{2}(?!\d)/gu;
const RANGE = new RegExp(`((?:19|20)\\d{2})\\s*(?:-|đến|tới)\\s*(?:năm\\s+)?((?:19|20)\\d{2})${END}`, 'uy');
const RANGE_BEFORE = new RegExp(`${NW}((?:(?:giai đoạn|thời kỳ|nhiệm kỳ)\\s+)?(?:từ\\s+)?(?:năm\\s+)?)$`, 'u');
const TARGET_BEFORE = new RegExp(`${NW}((?:đến|tới|vào|trước|tầm nhìn)\\s+(?:(?:đầu|giữa|cuối|hết)\\s+)?(?:năm\\s+)?)$`, 'u');
const COMING = new RegExp(`năm\\s+(?:tới|tiếp theo|sắp tới|kế tiếp|nữa)${END}`, 'gu');
const COUNT_BEFORE = new RegExp(`${NW}((?:trong\\s+(?:vòng\\s+)?)?(\\d{1,2}|${COUNT_WORDS})\\s+)$`, 'u');

// "trong 5 năm" with no "tới": over the next five years, unless it looks back ("trong 10 năm qua").
const WITHIN = new RegExp(`(?<![\\p{L}\\p{M}])trong\\s+(?:vòng\\s+)?(\\d{1,2}|${COUNT_WORDS})\\s+năm${END}(?!\\s+(?:qua|trước|gần đây|vừa qua|liên tiếp|liền|nay|tới|tiếp theo|sắp tới|kế tiếp|nữa)${END})`, 'gu');

const plausible = (a: number, b: number) => b >= a && b - a <= 50;

/** Periods in stored text, in order. */
export function findPeriods(text: string, articleDate: string | null): PeriodMatch[] {
  const lower = lowerText(text);
  const year = articleYear(articleDate);
  const out: PeriodMatch[] = [];
  const push = (start: number, end: number, period: PeriodMatch['period']) =>
    out.push({ start, end, text: text.slice(start, end), period });

  let consumed = 0;
  for (const run of lower.matchAll(YEAR_RUN)) {
    const at = run.index;
    if (at < consumed) continue;
    const before = lower.slice(Math.max(0, at - 24), at);
    RANGE.lastIndex = at;
    const range = RANGE.exec(lower);
    if (range) {
      const [a, b] = [Number(range[1]), Number(range[2])];
      consumed = at + range[0].length;
      if (plausible(a, b)) push(at - (RANGE_BEFORE.exec(before)?.[1]?.length ?? 0), consumed, { start: a, end: b });
      continue;
    }
    const target = TARGET_BEFORE.exec(before);
    if (!target) continue;
    const end = Number(run[0]);
    if (year !== null && end < year) continue;
    push(at - target[1]!.length, at + 4, year === null ? { start: end, end } : { start: year, end });
  }

  for (const m of lower.matchAll(WITHIN)) {
    const n = /^\d+$/.test(m[1]!) ? Number(m[1]) : parseNumberWords(m[1]!.split(/\s+/));
    if (!n) continue;
    push(m.index, m.index + m[0].length, year === null ? null : { start: year, end: year + n });
  }
  for (const m of lower.matchAll(COMING)) {
    const count = COUNT_BEFORE.exec(lower.slice(Math.max(0, m.index - 24), m.index));
    if (!count) continue;
    const n = /^\d+$/.test(count[2]!) ? Number(count[2]) : parseNumberWords(count[2]!.split(/\s+/));
    if (!n) continue;
    const start = m.index - count[1]!.length;
    push(start, m.index + m[0].length, year === null ? null : { start: year, end: year + n });
  }
  return out.sort((a, b) => a.start - b.start);
}
