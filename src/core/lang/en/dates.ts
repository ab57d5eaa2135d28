/**
 * Dates in English news text: "April 23, 2024", "23 April 2024", "Apr. 23", "April 2024", "in
 * April", "last December", "next March", "on Tuesday", "yesterday", "this year", "last year",
 * "2024-04-23". A day or month without a year takes the article's year (the year before when that
 * would put it after the article); weekdays and "yesterday" resolve against the published date.
 * Without a published date such forms have `date: null`.
 */
import type { DateMatch } from '../../parse/dates.ts';
import { lowerText } from '../../text/fold.ts';

export const MONTHS: Record<string, number> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6,
  july: 7, jul: 7, august: 8, aug: 8, september: 9, sept: 9, sep: 9, october: 10, oct: 10, november: 11, nov: 11,
  december: 12, dec: 12,
};
export const WEEKDAYS: Record<string, number> = { sunday: 0, monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6 };

const FULL_MONTHS = Object.keys(MONTHS).filter((m) => m.length > 4 || m === 'may' || m === 'june' || m === 'july');
const SHORT_MONTHS = Object.keys(MONTHS).filter((m) => !FULL_MONTHS.includes(m));
// Only an abbreviation takes a dot ("Sept. 5"): a full name's dot ends the sentence.
const MONTH = `(${FULL_MONTHS.join('|')}|(?:${SHORT_MONTHS.sort((a, b) => b.length - a.length).join('|')})\\.?)`;
const monthOf = (s: string) => MONTHS[s.replace(/\.$/, '')]!;
const END = '(?![\\p{L}\\p{N}])';
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';
const YEAR = '((?:19|20)\\d{2})';

const pad = (n: number) => String(n).padStart(2, '0');

interface Published {
  year: number;
  month: number | null;
  day: number | null;
}

function publishedOf(date: string | null): Published | null {
  const m = date ? /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(date) : null;
  return m ? { year: Number(m[1]), month: m[2] ? Number(m[2]) : null, day: m[3] ? Number(m[3]) : null } : null;
}

function validDay(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The year of a month (and day) the text gives without one: the article's, or the one before if later. */
function yearOf(pub: Published | null, month: number, day: number | null): number | null {
  if (!pub) return null;
  if (pub.month === null) return pub.year;
  const later = month > pub.month || (month === pub.month && day !== null && pub.day !== null && day > pub.day);
  return later ? pub.year - 1 : pub.year;
}

function format(year: number | null, month: number | null, day: number | null): string | null {
  if (year === null) return null;
  if (month === null) return String(year);
  return day === null ? `${year}-${pad(month)}` : `${year}-${pad(month)}-${pad(day)}`;
}

type Reader = (m: RegExpExecArray, pub: Published | null) => { year: number | null; month: number | null; day: number | null } | null;

const FORMS: Array<[RegExp, Reader]> = [
  // "April 23, 2024", "Apr. 23 2024"
  [new RegExp(`(?<![\\p{L}])${MONTH}\\s+${DAY},?\\s+${YEAR}${END}`, 'gu'), (m) => ({ year: Number(m[3]), month: monthOf(m[1]!), day: Number(m[2]) })],
  // "23 April 2024", "23rd of April, 2024"
  [new RegExp(`(?<![\\p{L}\\p{N}])${DAY}\\s+(?:of\\s+)?${MONTH},?\\s+${YEAR}${END}`, 'gu'), (m) => ({ year: Number(m[3]), month: monthOf(m[2]!), day: Number(m[1]) })],
  // "2024-04-23"
  [new RegExp(`(?<![\\p{N}-])${YEAR}-(\\d{2})-(\\d{2})${END}`, 'gu'), (m) => ({ year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) })],
  // "April 23", "Apr. 23rd"
  [new RegExp(`(?<![\\p{L}])${MONTH}\\s+${DAY}${END}(?!\\s*(?:,\\s*)?(?:19|20)\\d{2})`, 'gu'), (m, pub) => {
    const month = monthOf(m[1]!);
    const day = Number(m[2]);
    return { year: yearOf(pub, month, day), month, day };
  }],
  // "23 April"
  [new RegExp(`(?<![\\p{L}\\p{N}])${DAY}\\s+(?:of\\s+)?${MONTH}${END}(?!,?\\s*(?:19|20)\\d{2})`, 'gu'), (m, pub) => {
    const month = monthOf(m[2]!);
    const day = Number(m[1]);
    return { year: yearOf(pub, month, day), month, day };
  }],
  // "April 2024", "in April of 2024"
  [new RegExp(`(?<![\\p{L}])${MONTH}\\s+(?:of\\s+)?${YEAR}${END}`, 'gu'), (m) => ({ year: Number(m[2]), month: monthOf(m[1]!), day: null })],
  // "last December", "next March", "this June"
  [new RegExp(`(?<![\\p{L}])(last|next|this)\\s+${MONTH}${END}`, 'gu'), (m, pub) => {
    const month = monthOf(m[2]!);
    if (!pub || pub.month === null) return { year: null, month, day: null };
    if (m[1] === 'this') return { year: pub.year, month, day: null };
    if (m[1] === 'last') return { year: month < pub.month ? pub.year : pub.year - 1, month, day: null };
    return { year: month > pub.month ? pub.year : pub.year + 1, month, day: null };
  }],
  // "in April", "since May", "by June", "early March": a month named alone after a preposition
  [new RegExp(`(?<![\\p{L}])(?:in|since|by|until|from|during|early|late|mid|mid-|end of|early in|late in)\\s*-?\\s*(january|february|march|april|june|july|august|september|october|november|december)${END}(?!\\s+\\d)`, 'gu'), (m, pub) => {
    const month = monthOf(m[1]!);
    return { year: yearOf(pub, month, null), month, day: null };
  }],
  // "last year", "this year", "next year"
  [/(?<![\p{L}])(last|this|next|previous|coming)\s+year(?![\p{L}])/gu, (m, pub) => {
    if (!pub) return null;
    const offset = m[1] === 'last' || m[1] === 'previous' ? -1 : m[1] === 'this' ? 0 : 1;
    return { year: pub.year + offset, month: null, day: null };
  }],
];

const WEEKDAY = new RegExp(`(?<![\\p{L}])(?:(on|last|this|next)\\s+)?(${Object.keys(WEEKDAYS).join('|')})${END}`, 'gu');
const RELATIVE_DAY = /(?<![\p{L}])(yesterday|today|tomorrow)(?![\p{L}])/gu;

/** The date `weekday` falls on relative to a full published date: the most recent one on or before it ("on Tuesday"), the one after for "next". */
function weekdayDate(pub: Published, weekday: number, cue: string | undefined): { year: number; month: number; day: number } {
  const d = new Date(Date.UTC(pub.year, pub.month! - 1, pub.day!));
  let delta = (d.getUTCDay() - weekday + 7) % 7;
  if (cue === 'next') delta = -(((weekday - d.getUTCDay() + 7) % 7) || 7);
  else if (cue === 'last' && delta === 0) delta = 7;
  d.setUTCDate(d.getUTCDate() - delta);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** Dates in English stored text, in order, not overlapping; offsets point into `text`. */
export function findEnglishDates(text: string, published: string | null): DateMatch[] {
  const lower = lowerText(text);
  const pub = publishedOf(published);
  const out: DateMatch[] = [];
  const taken = (start: number, end: number) => out.some((d) => start < d.end && d.start < end);
  const push = (start: number, end: number, parts: { year: number | null; month: number | null; day: number | null }) => {
    if (taken(start, end)) return;
    if (parts.month !== null && parts.day !== null && !validDay(parts.year ?? 2024, parts.month, parts.day)) return;
    out.push({ start, end, text: text.slice(start, end), date: format(parts.year, parts.month, parts.day), ...parts });
  };
  for (const [re, read] of FORMS) {
    for (const m of lower.matchAll(re)) {
      const parts = read(m, pub);
      // "May" is also a verb: only a capitalised "May" is the month.
      if (!parts || (/^may\b/.test(m[0]) && text[m.index] !== 'M')) continue;
      const start = m.index;
      push(start, start + m[0].length, parts);
    }
  }
  const full = pub && pub.month !== null && pub.day !== null ? pub : null;
  // A weekday or "yesterday" resolves only against a full published date: without one, no pass over the text.
  if (!full) return out.sort((a, b) => a.start - b.start);
  for (const m of lower.matchAll(WEEKDAY)) {
    push(m.index, m.index + m[0].length, weekdayDate(full, WEEKDAYS[m[2]!]!, m[1]));
  }
  for (const m of lower.matchAll(RELATIVE_DAY)) {
    const d = new Date(Date.UTC(full.year, full.month! - 1, full.day!));
    d.setUTCDate(d.getUTCDate() + (m[1] === 'yesterday' ? -1 : m[1] === 'tomorrow' ? 1 : 0));
    push(m.index, m.index + m[0].length, { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() });
  }
  return out.sort((a, b) => a.start - b.start);
}
