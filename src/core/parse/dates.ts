/**
 * Dates and periods in Vietnamese news text. Day/month without a year ("chiều 12/8") take the year of
 * the article date, or the year before when that would put them after the article. With no article
 * date the year is unknown: such a match has `date: null` and only `month`/`day` set.
 */
import { lowerText } from '../text/fold.ts';

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

const pad = (n: number) => String(n).padStart(2, '0');
const MIN_YEAR = 1900;
const MAX_YEAR = 2100;

export function articleYear(articleDate: string | null): number | null {
  const m = articleDate ? /^(\d{4})/.exec(articleDate) : null;
  return m ? Number(m[1]) : null;
}

function validDay(year: number | null, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const days = new Date(Date.UTC(year ?? 2024, month, 0)).getUTCDate(); // 2024: 29 Feb is allowed
  return day <= days;
}

function format(year: number | null, month: number | null, day: number | null): string | null {
  if (year === null) return null;
  if (month === null) return String(year);
  return day === null ? `${year}-${pad(month)}` : `${year}-${pad(month)}-${pad(day)}`;
}

/** Year for a day/month (or month) with no year: the article's, or the one before if that is later. */
function inferYear(articleDate: string | null, month: number, day: number | null): number | null {
  const year = articleYear(articleDate);
  if (year === null || !articleDate) return null;
  const candidate = format(year, month, day ?? 1)!;
  const reference = articleDate.length >= 7 ? articleDate : null;
  return reference && candidate.slice(0, reference.length) > reference ? year - 1 : year;
}

// Words that say "a day is coming": ngày, sáng, chiều, tối, hôm, weekdays, from/to.
const DAY_CUE = '(?:ngày|sáng|trưa|chiều|chiều tối|tối|đêm|khuya|rạng sáng|hôm|từ|đến|tới|thứ hai|thứ ba|thứ tư|thứ năm|thứ sáu|thứ bảy|chủ nhật)';
const B = '(?<![\\p{L}\\p{M}\\d])';
const E = '(?![\\p{L}\\p{M}\\d])';

interface Rule {
  re: RegExp;
  build: (m: RegExpExecArray, articleDate: string | null) => { year: number | null; month: number | null; day: number | null } | null;
}

const RULES: Rule[] = [
  // ngày 18 tháng 9 năm 2023
  { re: new RegExp(`${B}(?:ngày\\s+)?(\\d{1,2})\\s+tháng\\s+(\\d{1,2})\\s*(?:năm\\s+|,\\s*|/)(\\d{4})${E}`, 'gu'),
    build: (m) => ymd(Number(m[3]), Number(m[2]), Number(m[1])) },
  // 18/9/2023, 18-9-2023, 18.9.2023
  { re: new RegExp(`${B}(?:${DAY_CUE}\\s+)?(\\d{1,2})([/.-])(\\d{1,2})\\2(\\d{4})${E}`, 'gu'),
    build: (m) => ymd(Number(m[4]), Number(m[3]), Number(m[1])) },
  // tháng 1/2024, tháng 1 năm 2024, tháng 1-2024
  { re: new RegExp(`${B}tháng\\s+(\\d{1,2})\\s*(?:/|-|năm\\s+)(\\d{4})${E}`, 'gu'),
    build: (m) => ym(Number(m[2]), Number(m[1])) },
  // 1/2024 after a month cue-less context: "T1/2024" is rare; "quý" is not a month.
  // chiều 12/8, ngày 22/2 (a cue word is needed: "1/3" alone is a fraction)
  { re: new RegExp(`${B}(?:(?:${DAY_CUE})\\s+(?:ngày\\s+)?|\\()(\\d{1,2})/(\\d{1,2})${E}(?!/)`, 'gu'),
    build: (m, a) => dm(Number(m[1]), Number(m[2]), a) },
  // Ngày 25.6 — the dot form only right after "ngày"
  { re: new RegExp(`${B}ngày\\s+(\\d{1,2})\\.(\\d{1,2})${E}(?![.,]\\d)`, 'gu'),
    build: (m, a) => dm(Number(m[1]), Number(m[2]), a) },
  // ngày 18 tháng 9 (no year)
  { re: new RegExp(`${B}ngày\\s+(\\d{1,2})\\s+tháng\\s+(\\d{1,2})${E}`, 'gu'),
    build: (m, a) => dm(Number(m[1]), Number(m[2]), a) },
  // tháng 11 (no year)
  { re: new RegExp(`${B}tháng\\s+(\\d{1,2})${E}(?!\\s*(?:năm|tới|qua|trước|sau)${E})(?![/.-]\\d)`, 'gu'),
    build: (m, a) => {
      const month = Number(m[1]);
      return month >= 1 && month <= 12 ? { year: inferYear(a, month, null), month, day: null } : null;
    } },
  // năm 2024, cuối năm 2023, vào 2030, từ 1992
  { re: new RegExp(`${B}(?:(?:đầu|giữa|cuối|trong|vào|từ|đến|tới|trước|sau)\\s+)?(?:năm\\s+)(\\d{4})${E}|${B}(?:vào|từ|đến|tới|trước|sau)\\s+(\\d{4})${E}(?!\\s*(?:người|tỷ|triệu|nghìn|ngàn|usd|đồng|%))`, 'gu'),
    build: (m) => {
      const year = Number(m[1] ?? m[2]);
      return year >= MIN_YEAR && year <= MAX_YEAR ? { year, month: null, day: null } : null;
    } },
];

function ymd(year: number, month: number, day: number) {
  return year >= MIN_YEAR && year <= MAX_YEAR && validDay(year, month, day) ? { year, month, day } : null;
}
function ym(year: number, month: number) {
  return year >= MIN_YEAR && year <= MAX_YEAR && month >= 1 && month <= 12 ? { year, month, day: null } : null;
}
function dm(day: number, month: number, articleDate: string | null) {
  if (!validDay(null, month, day)) return null;
  return { year: inferYear(articleDate, month, day), month, day };
}

/** Dates in stored text, in order, the longest reading winning where two overlap. */
export function findDates(text: string, articleDate: string | null): DateMatch[] {
  const lower = lowerText(text);
  const taken: DateMatch[] = [];
  for (const rule of RULES) {
    for (const m of lower.matchAll(rule.re)) {
      const start = m.index;
      const end = start + m[0].length;
      if (taken.some((d) => start < d.end && end > d.start)) continue;
      const parts = rule.build(m as RegExpExecArray, articleDate);
      if (!parts) continue;
      const open = text[start] === '(' ? 1 : 0; // "(12/8)": the bracket is not part of the date
      taken.push({ start: start + open, end, text: text.slice(start + open, end), date: format(parts.year, parts.month, parts.day), ...parts });
    }
  }
  return taken.sort((a, b) => a.start - b.start);
}
