/**
 * Site furniture of English news pages, set aside like the Vietnamese CMS boilerplate: related-link
 * headings and lists, bylines, share bars, photo-credit lines, time stamps, comment counters.
 * Works on the body ranges `findBody` gives and returns them without such lines.
 */
import type { Range } from '../../text/boilerplate.ts';

const HEADING = /^(?:read more|related(?: news| articles| stories| posts)?|see also|more news|latest news|most read|most popular|recommended|you may also like|also read|trending|editor'?s picks|top stories|more from|further reading)\b\s*:?\s*$/iu;
const LINK_LINE = /^(?:read more|related|see also|also read|read also|read|watch)\s*:\s*\S/iu;
const BYLINE = /^(?:by|written by|reporting by|story by|posted by|\p{L}+ \p{L}+\s*\/\s*\p{L}+)\s+[\p{Lu}][\p{L}.'’-]*(?:\s+[\p{Lu}][\p{L}.'’-]*){0,3}(?:\s*(?:[,|/–-]|and)\s*[\p{L} .]*)?$/u;
const STAMP = /^(?:(?:published|updated|posted|last updated)\s*:?\s*)?(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*,?\s*)?(?:\d{1,2}\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s*(?:\d{4})?(?:\s*[|,-]?\s*\d{1,2}[:.]\d{2}\s*(?:am|pm)?(?:\s*(?:gmt|utc|ict)[+\d:]*)?)?\s*$|^\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}(?:\s*[|,-]?\s*\d{1,2}[:.]\d{2}.*)?$/iu;
const FURNITURE = /^(?:share(?: this(?: article| story)?)?|tweet|email|print|comments?(?:\s*\(\d+\))?|\d+\s+comments?|be the first to comment|leave a comment|advertisement|sponsored|subscribe(?: now)?|sign up|follow us.*|tags?\s*:.*|topics?\s*:.*|keywords?\s*:.*|copyright.*|©.*|all rights reserved.*|photo\s*:.*|photos?\s*by.*|image\s*:.*|source\s*:.*|file photo.*|\(photo.*\)|video\s*:.*)$/iu;

export function isEnglishBoilerplateLine(line: string): boolean {
  const t = line.trim();
  if (!t) return false;
  if (HEADING.test(t) || FURNITURE.test(t) || STAMP.test(t)) return true;
  if (LINK_LINE.test(t) && t.length < 200) return true;
  return t.length <= 60 && !/[.!?]$/.test(t) && BYLINE.test(t);
}

/** `ranges` without the lines that are English site furniture. */
export function englishBody(text: string, ranges: readonly Range[]): Range[] {
  const out: Range[] = [];
  for (const r of ranges) {
    let start = r.start;
    while (start < r.end) {
      let end = text.indexOf('\n', start);
      if (end < 0 || end > r.end) end = r.end;
      if (!isEnglishBoilerplateLine(text.slice(start, end))) {
        const prev = out[out.length - 1];
        if (prev && prev.end === start - 1) prev.end = end;
        else out.push({ start, end });
      }
      start = end + 1;
    }
  }
  return out;
}
