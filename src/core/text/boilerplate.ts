/**
 * Finding the article body: CMS boilerplate (related-article blocks, listings, counters, credits,
 * bylines) is set aside by its shape so facts are mined only from what the article itself says.
 */
import { foldText } from './fold.ts';
import { creditFragments, headingKind, isBoilerplateLine, isBylineLine, isProseLine } from './boilerplate-rules.ts';

export interface Range {
  start: number;
  end: number;
}

interface Line {
  start: number;
  end: number;
  text: string;
  folded: string;
}

function linesOf(text: string, folded: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    lines.push({ start, end, text: text.slice(start, end), folded: folded.slice(start, end) });
    start = end + 1;
  }
  return lines;
}

/** Marks lines of a related-article block: after a heading, until two real paragraphs in a row. */
function markBlocks(lines: Line[], junk: boolean[]): void {
  // Index of the next non-empty line after each line (lines.length when none).
  const nextFilled: number[] = new Array<number>(lines.length);
  for (let i = lines.length - 1, next = lines.length; i >= 0; i--) {
    nextFilled[i] = next;
    if (lines[i]!.text.trim() !== '') next = i;
  }
  for (let i = 0; i < lines.length; i++) {
    const kind = headingKind(lines[i]!.folded, lines[i]!.text);
    if (!kind) continue;
    junk[i] = true;
    if (kind === 'inline') continue;
    let j = i + 1;
    if (kind === 'table') {
      // An inline box: following lines shaped as table cells ("… |").
      while (j < lines.length && /\|\s*$/.test(lines[j]!.text)) junk[j++] = true;
      i = j - 1;
      continue;
    }
    while (j < lines.length) {
      const line = lines[j]!;
      const next = lines[nextFilled[j]!];
      if (isProseLine(line.text) && next && isProseLine(next.text) && !headingKind(next.folded, next.text)) break;
      junk[j++] = true;
    }
    i = j - 1;
  }
}

/** Marks the byline at the end: the last non-empty lines that look like a name. */
function markTrailingByline(lines: Line[], junk: boolean[]): void {
  let last = lines.length - 1;
  while (last >= 0 && (junk[last] || lines[last]!.text.trim() === '')) last--;
  if (last > 0 && isBylineLine(lines[last]!.text)) junk[last] = true;
}

/**
 * The ranges of `text` that are article body, in order, each trimmed of surrounding whitespace.
 * Whole boilerplate lines and credit fragments inside lines are left out.
 */
export function findBody(text: string): Range[] {
  const lines = linesOf(text, foldText(text));
  const junk = lines.map((l) => isBoilerplateLine(l.folded));
  markBlocks(lines, junk);
  // A dated byline near the top ("Tuyết Nhung 26/06/2024 12:30").
  lines.forEach((l, i) => {
    if (!junk[i] && /\d{1,2}\/\d{1,2}\/\d{4}/.test(l.text) && isBylineLine(l.text)) junk[i] = true;
  });
  markTrailingByline(lines, junk);

  const lead = lines.findIndex((l, i) => !junk[i] && isProseLine(l.text));
  const pieces: Range[] = [];
  lines.forEach((line, i) => {
    if (junk[i]) return;
    let from = i === lead ? outletTagLength(line.text) : 0;
    for (const [s, e] of creditFragments(line.folded)) {
      if (s > from) pieces.push({ start: line.start + from, end: line.start + s });
      from = Math.max(from, e);
    }
    if (from < line.text.length) pieces.push({ start: line.start + from, end: line.end });
  });
  return mergeRanges(text, pieces);
}

/**
 * The outlet's tag opening a lead paragraph: "TTO - Sáng 27-6, …", "(Dân trí) - …", "VOV.VN - …".
 * Only a bracketed name, a name with ".vn", or a short capitals tag ending in O (TTO, PLO, NLĐO).
 */
const OUTLET_TAG = /^\s*(?:\([^()\n]{2,24}\)|[\p{L}]{2,12}\.vn|\p{Lu}{1,5}O)\s*[-–—]\s*(?=[\p{Lu}\d])/iu;
function outletTagLength(line: string): number {
  const m = OUTLET_TAG.exec(line);
  if (!m) return 0;
  // Case-insensitive only for ".vn": a capitals tag must really be capitals.
  const tag = m[0].trim().replace(/\s*[-–—]$/, '');
  return tag.startsWith('(') || /\.vn$/i.test(tag) || /^\p{Lu}+O$/u.test(tag) ? m[0].length : 0;
}

/** Joins pieces separated only by whitespace and trims each result. */
function mergeRanges(text: string, pieces: Range[]): Range[] {
  const out: Range[] = [];
  for (const p of pieces) {
    let { start, end } = p;
    while (start < end && /\s/.test(text[start]!)) start++;
    while (end > start && /\s/.test(text[end - 1]!)) end--;
    if (start >= end) continue;
    const prev = out[out.length - 1];
    const onlyNewlines = prev && /^\s*$/.test(text.slice(prev.end, start)) && lineGap(text, prev.end, start);
    if (prev && onlyNewlines) prev.end = end;
    else out.push({ start, end });
  }
  return out;
}

// Pieces on neighbouring lines join; a gap left by a removed fragment inside a line does not.
function lineGap(text: string, from: number, to: number): boolean {
  return text.slice(from, to).includes('\n');
}
