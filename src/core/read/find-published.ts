/**
 * The publication date as the text itself states it, for articles that come without metadata: a
 * byline or dateline near the top ("Tuyết Nhung 26/06/2024 12:30", "Thứ Năm, 27/6/2024, 08:00
 * (GMT+7)", "Cập nhật: 26/06/2024"). Listing stamps of other articles ("16:04 | 22/01/2025 …")
 * start with a time and are never read as the article's date. English stamps and datelines too
 * ("May 8, 2025 | 10:30 am", "Published: 8 May 2025", "HANOI, May 8, 2025 — …", "By Jane Doe - May
 * 8, 2025"), with the month names of the English tables.
 */
import { MONTHS, WEEKDAYS } from '../lang/en/dates.ts';
import { foldText } from '../text/fold.ts';

const TOP_LINES = 8;
const DATE = String.raw`(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})`;
const CLOCK = String.raw`\d{1,2}[:h]\d{2}(?::\d{2})?`;
const TIME = String.raw`(?:\s*[,|-]?\s*${CLOCK})?(?:\s*\(?gmt\s*[+-]\s*\d{1,2}\)?)?`;
const SHAPES = [
  // a date, maybe with a time, alone on its line
  new RegExp(`^${DATE}${TIME}$`),
  // a weekday or a "published/updated" label, then the date
  new RegExp(`^(?:(?:thu (?:hai|ba|tu|nam|sau|bay)|chu nhat)\\s*,?\\s*|(?:cap nhat|dang|ngay dang|xuat ban|published|updated)\\s*(?:luc|ngay)?\\s*:?\\s*)${DATE}${TIME}$`),
  // a short name (the author), then the date
  new RegExp(`^[a-z]+(?: [a-z]+){0,4}\\s*[-|,]?\\s*${DATE}${TIME}$`),
  // the author, then the time, then the date ("Hứa Phương - 10:30, 18/05/2024")
  new RegExp(`^[a-z]+(?: [a-z]+){0,4}\\s*[-|,]\\s*${CLOCK}\\s*[,|-]?\\s*${DATE}$`),
];

const MONTH_NAME = `(${Object.keys(MONTHS).sort((a, b) => b.length - a.length).join('|')})\\.?`;
const EN_DATES = [
  { re: `${MONTH_NAME}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})`, month: 1, day: 2, year: 3 },
  { re: `(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH_NAME},?\\s+(\\d{4})`, month: 2, day: 1, year: 3 },
];
const EN_CLOCK = String.raw`(?:\s*[,|-]?\s*(?:at\s+)?\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?)?(?:\s*\(?(?:gmt|ict|utc)\s*(?:[+-]\s*\d{1,2})?\)?)?`;
const WEEKDAY = `(?:(?:${Object.keys(WEEKDAYS).join('|')})\\s*,?\\s*)?`;
const LABEL = String.raw`(?:(?:first published|last updated|published|updated|posted)(?:\s+(?:on|at))?\s*:?\s*)?`;
const AUTHOR = String.raw`(?:by\s+[a-z]+(?:\s+[a-z.]+){0,4}\s*[-|,]?\s*)?`;
const EN_SHAPES = EN_DATES.flatMap(({ re, ...groups }) => [
  // a stamp alone on its line, maybe after an author, a label or a weekday
  { shape: new RegExp(`^${AUTHOR}${LABEL}${WEEKDAY}${re}${EN_CLOCK}$`), ...groups },
  // a dateline opening the lead: "HANOI, May 8, 2025 (Reuters) — …"
  { shape: new RegExp(`^[a-z][a-z .]{1,30}(?:\\s*\\([a-z .]+\\))?\\s*,\\s*${re}\\s*(?:\\([a-z .]+\\)\\s*)?[-–—]\\s`), ...groups },
]);

function englishStamp(line: string): string | null | undefined {
  for (const { shape, month, day, year } of EN_SHAPES) {
    const m = shape.exec(line);
    if (m) return isoDate(Number(m[day]), MONTHS[m[month]!]!, Number(m[year]));
  }
  return undefined;
}

function isoDate(day: number, month: number, year: number): string | null {
  if (month < 1 || month > 12 || day < 1 || year < 1990 || year > 2100) return null;
  if (day > new Date(Date.UTC(year, month, 0)).getUTCDate()) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** ISO date from a byline or dateline in the first lines of `text`, or null. */
export function findPublished(text: string): string | null {
  const lines = foldText(text).split('\n').map((l) => l.trim()).filter(Boolean).slice(0, TOP_LINES);
  for (const line of lines) {
    for (const shape of SHAPES) {
      const m = shape.exec(line);
      if (m) return isoDate(Number(m[1]), Number(m[2]), Number(m[3]));
    }
    const english = englishStamp(line);
    if (english !== undefined) return english;
  }
  return null;
}
