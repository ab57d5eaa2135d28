/**
 * Dates in Vietnamese news text. Day/month without a year ("chiều 12/8") take the year of the
 * article date, or the year before when that would put them after the article. With no article
 * date the year is unknown: such a match has `date: null` and only `month`/`day` set.
 *
 * Every date holds a number, so the scan visits digit runs and reads the words around each one
 * (a cue before it: "ngày", "chiều", "tháng", "năm"; a form after it: "/8", ".6", "/2024").
 */
import { classTable, SPACE } from '../actors/tokenize.ts';
import { lowerText } from '../text/fold.ts';
import { findRelativeDates } from './relative-dates.ts';

export interface DateMatch {
  start: number;
  end: number;
  text: string;
  /** ISO date or a partial one (YYYY, YYYY-MM, YYYY-MM-DD); null when the year is unknown. */
  date: string | null;
  year: number | null;
  month: number | null;
  day: number | null;
}

type Parts = { year: number | null; month: number | null; day: number | null };

const pad = (n: number) => String(n).padStart(2, '0');
const MIN_YEAR = 1900;
const MAX_YEAR = 2100;

export function articleYear(articleDate: string | null): number | null {
  const m = articleDate ? /^(\d{4})/.exec(articleDate) : null;
  return m ? Number(m[1]) : null;
}

function validDay(year: number | null, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year ?? 2024, month, 0)).getUTCDate(); // no year: 29 Feb allowed
}

function format({ year, month, day }: Parts): string | null {
  if (year === null) return null;
  if (month === null) return String(year);
  return day === null ? `${year}-${pad(month)}` : `${year}-${pad(month)}-${pad(day)}`;
}

/** Year for a day/month (or month) with no year: the article's, or the one before if that is later. */
function inferYear(articleDate: string | null, month: number, day: number | null): number | null {
  const year = articleYear(articleDate);
  if (year === null || !articleDate) return null;
  const candidate = format({ year, month, day: day ?? 1 })!;
  const reference = articleDate.length >= 7 ? articleDate : null;
  return reference && candidate.slice(0, reference.length) > reference ? year - 1 : year;
}

const ymd = (year: number, month: number, day: number): Parts | null =>
  year >= MIN_YEAR && year <= MAX_YEAR && validDay(year, month, day) ? { year, month, day } : null;
const ym = (year: number, month: number): Parts | null =>
  year >= MIN_YEAR && year <= MAX_YEAR && month >= 1 && month <= 12 ? { year, month, day: null } : null;
const dm = (day: number, month: number, articleDate: string | null): Parts | null =>
  validDay(null, month, day) ? { year: inferYear(articleDate, month, day), month, day } : null;

// Cues read backwards from the digits; each ends the text before them (leftmost, so longest, wins).
const DAY_CUES = 'ngày|sáng|trưa|chiều|chiều tối|tối|đêm|khuya|rạng sáng|hôm|từ|đến|tới|thứ hai|thứ ba|thứ tư|thứ năm|thứ sáu|thứ bảy|chủ nhật';
const NW = '(?:^|[^\\p{L}\\p{M}\\d])';
const DAY_CUE_BEFORE = new RegExp(`${NW}((?:(?:${DAY_CUES})\\s+(?:ngày\\s+)?))$|(\\()$`, 'u');
const NGAY_BEFORE = new RegExp(`${NW}(ngày\\s+)$`, 'u');
const THANG_BEFORE = new RegExp(`${NW}(tháng\\s+)$`, 'u');
const YEAR_CUE_BEFORE = new RegExp(`${NW}((?:(?:đầu|giữa|cuối|trong|vào|từ|đến|tới|trước|sau)\\s+)?năm\\s+)$|${NW}((?:vào|từ|đến|tới|trước|sau)\\s+)$`, 'u');

// The words each cue regex above needs right before the trailing whitespace: when `before` does not
// end so, the regex cannot match and is not run (most digit runs have no date cue).
const DAY_CUE_LAST = [...new Set([...DAY_CUES.split('|').map((c) => c.split(' ').at(-1)!), 'ngày'])];
const YEAR_CUE_LAST = ['năm', 'vào', 'từ', 'đến', 'tới', 'trước', 'sau'];

/** Whether `s` ends in whitespace (`\s`) and, before it, in one of `words`. */
export function endsWithWordThenSpace(s: string, words: readonly string[]): boolean {
  const table = classTable();
  let end = s.length;
  while (end > 0 && table[s.charCodeAt(end - 1)] === SPACE) end--;
  if (end === s.length) return false;
  for (const w of words) if (end >= w.length && s.startsWith(w, end - w.length)) return true;
  return false;
}

// Forms read forwards from the digits (sticky: they must start right there).
const END = '(?![\\p{L}\\p{M}\\d])';
const FULL = new RegExp(`(\\d{1,2})([/.-])(\\d{1,2})\\2(\\d{4})${END}`, 'uy');
const DAY_MONTH_YEAR_WORDS = new RegExp(`(\\d{1,2})\\s+tháng\\s+(\\d{1,2})\\s*(?:năm\\s+|,\\s*|/)(\\d{4})${END}`, 'uy');
const DAY_MONTH_WORDS = new RegExp(`(\\d{1,2})\\s+tháng\\s+(\\d{1,2})${END}`, 'uy');
const MONTH_YEAR = new RegExp(`(\\d{1,2})\\s*(?:/|-|năm\\s+)(\\d{4})${END}`, 'uy');
const DAY_SLASH_MONTH = new RegExp(`(\\d{1,2})/(\\d{1,2})${END}(?!/)`, 'uy');
const DAY_DOT_MONTH = new RegExp(`(\\d{1,2})\\.(\\d{1,2})${END}(?![.,]\\d)`, 'uy');
const MONTH_ALONE = new RegExp(`(\\d{1,2})${END}(?![/.-]\\d)(?!\\s*(?:năm|tới|qua|trước|sau)${END})`, 'uy');
// A year that opens a range ("2021-2025") is a period's start, not a date: see periods.ts.
const YEAR_ALONE = new RegExp(`(\\d{4})${END}(?!\\s*(?:-|đến|tới)\\s*(?:năm\\s+)?(?:19|20)\\d{2})`, 'uy');
// "ngày 12-13/8", "12 - 14/8/2024": the date of the first day, the whole range as text.
const DAY_RANGE = new RegExp(`(\\d{1,2})\\s*-\\s*(\\d{1,2})/(\\d{1,2})(?:/(\\d{4}))?${END}(?!/)`, 'uy');
const RANGE_END_BEFORE = /(?:19|20)\d{2}\s*(?:-|đến|tới)\s*(?:năm\s+)?$/u;
const NOT_AMOUNT = /^\s*(?:người|tỷ|tỉ|triệu|nghìn|ngàn|usd|đồng|%)/u;

function sticky(re: RegExp, s: string, at: number): RegExpExecArray | null {
  re.lastIndex = at;
  return re.exec(s);
}

interface Found { start: number; end: number; parts: Parts }

/** The date that the digit run at `at` belongs to, if any, with the cue words before it. */
function readDateAt(lower: string, at: number, articleDate: string | null): Found | null {
  const before = lower.slice(Math.max(0, at - 24), at);
  const cue = (re: RegExp, last: readonly string[], paren = false) => {
    if (!(paren && before.endsWith('(')) && !endsWithWordThenSpace(before, last)) return -1;
    const m = re.exec(before);
    return m ? (m[1] ?? m[2] ?? '').length : -1;
  };
  // The day cue is asked for by several forms: read it once.
  let dayCueLength: number | undefined;
  const dayCue = () => (dayCueLength ??= cue(DAY_CUE_BEFORE, DAY_CUE_LAST, true));
  let m = sticky(DAY_RANGE, lower, at);
  if (m && dayCue() >= 0) {
    const parts = m[4] ? ymd(Number(m[4]), Number(m[3]), Number(m[1])) : dm(Number(m[1]), Number(m[3]), articleDate);
    const valid = parts && validDay(parts.year, Number(m[3]), Number(m[2])) && Number(m[2]) > Number(m[1]);
    const start = before.endsWith('(') ? at : at - dayCue();
    return valid ? { start, end: at + m[0].length, parts } : null;
  }
  m = sticky(FULL, lower, at);
  if (m) {
    const parts = ymd(Number(m[4]), Number(m[3]), Number(m[1]));
    return parts && { start: at - Math.max(0, dayCue()), end: at + m[0].length, parts };
  }
  const ngay = cue(NGAY_BEFORE, ['ngày']);
  m = sticky(DAY_MONTH_YEAR_WORDS, lower, at);
  if (m) {
    const parts = ymd(Number(m[3]), Number(m[2]), Number(m[1]));
    return parts && { start: at - Math.max(0, ngay), end: at + m[0].length, parts };
  }
  if (ngay >= 0 && (m = sticky(DAY_MONTH_WORDS, lower, at))) {
    const parts = dm(Number(m[1]), Number(m[2]), articleDate);
    return parts && { start: at - ngay, end: at + m[0].length, parts };
  }
  const thang = cue(THANG_BEFORE, ['tháng']);
  if (thang >= 0) {
    if ((m = sticky(MONTH_YEAR, lower, at))) {
      const parts = ym(Number(m[2]), Number(m[1]));
      return parts && { start: at - thang, end: at + m[0].length, parts };
    }
    if ((m = sticky(MONTH_ALONE, lower, at))) {
      const month = Number(m[1]);
      if (month < 1 || month > 12) return null;
      return { start: at - thang, end: at + m[0].length, parts: { year: inferYear(articleDate, month, null), month, day: null } };
    }
  }
  if (dayCue() >= 0 && (m = sticky(DAY_SLASH_MONTH, lower, at))) {
    const parts = dm(Number(m[1]), Number(m[2]), articleDate);
    // "(12/8)": the bracket is a cue, not part of the date.
    const start = before.endsWith('(') ? at : at - dayCue();
    return parts && { start, end: at + m[0].length, parts };
  }
  if (ngay >= 0 && (m = sticky(DAY_DOT_MONTH, lower, at))) {
    const parts = dm(Number(m[1]), Number(m[2]), articleDate);
    return parts && { start: at - ngay, end: at + m[0].length, parts };
  }
  const yearCue = endsWithWordThenSpace(before, YEAR_CUE_LAST) ? YEAR_CUE_BEFORE.exec(before) : null;
  if (yearCue && !RANGE_END_BEFORE.test(before) && (m = sticky(YEAR_ALONE, lower, at))) {
    const year = Number(m[1]);
    const withNam = yearCue[1] !== undefined;
    if (!withNam && NOT_AMOUNT.test(lower.slice(at + 4, at + 12))) return null;
    const cueLength = (yearCue[1] ?? yearCue[2]!).length;
    return year >= MIN_YEAR && year <= MAX_YEAR ? { start: at - cueLength, end: at + 4, parts: { year, month: null, day: null } } : null;
  }
  return null;
}

// A digit run that does not continue a number or a date ("000" of "1.000", "2024" of "1/2024").
const DIGIT_RUN = /(?<!\d[.,/-]?)\d{1,4}(?!\d)/g;
// "quý I/2024", "quý 3/2023": only the year is a date we can state.
const QUARTER = /(?<![\p{L}\p{M}])quý\s+(?:i{1,3}|iv|[1-4])\s*[/-]\s*(\d{4})(?!\d)/gu;

/** Dates in stored text, in order. Offsets point into `text`; `text` of a match is its slice. */
export function findDates(text: string, articleDate: string | null): DateMatch[] {
  const lower = lowerText(text);
  const out: DateMatch[] = [];
  for (const q of lower.matchAll(QUARTER)) {
    const year = Number(q[1]);
    if (year < MIN_YEAR || year > MAX_YEAR) continue;
    const end = q.index + q[0].length;
    out.push({ start: q.index, end, text: text.slice(q.index, end), date: String(year), year, month: null, day: null });
  }
  let consumed = 0;
  for (const run of lower.matchAll(DIGIT_RUN)) {
    if (out.some((d) => run.index >= d.start && run.index < d.end)) continue;
    if (run.index < consumed) continue;
    const prev = lower.charCodeAt(run.index - 1);
    if (/[\p{L}\p{M}]/u.test(String.fromCharCode(prev))) continue; // "C4", "Km3"
    const found = readDateAt(lower, run.index, articleDate);
    if (!found) continue;
    out.push({ start: found.start, end: found.end, text: text.slice(found.start, found.end), date: format(found.parts), ...found.parts });
    consumed = found.end;
  }
  for (const r of findRelativeDates(lower, articleDate)) {
    if (out.some((d) => r.start < d.end && d.start < r.end)) continue;
    const parts = { year: r.year, month: r.month, day: r.day };
    out.push({ start: r.start, end: r.end, text: text.slice(r.start, r.end), date: format(parts), ...parts });
  }
  return out.sort((a, b) => a.start - b.start);
}
