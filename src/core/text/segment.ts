/**
 * Sentence and clause splitting that keeps exact offsets into the stored text. Lines are always
 * boundaries (news paragraphs are lines); inside a line a sentence ends at . ! ? … followed by a
 * space and a sentence start, except after abbreviations and inside quotations.
 */
import { trimmedSpan, type Span } from './span.ts';

export type { Span } from './span.ts';

// Character codes, compared as numbers: this loop runs over every character of every article.
const isOpenQuote = (c: number) => c === 0x201c || c === 0x2018 || c === 0xab; // “ ‘ «
const isCloseQuote = (c: number) => c === 0x201d || c === 0x2019 || c === 0xbb; // ” ’ »
const isCloser = (c: number) => isCloseQuote(c) || c === 0x22 || c === 0x27 || c === 0x29 || c === 0x5d; // " ' ) ]
const DOT = 0x2e;
const ELLIPSIS = 0x2026;
const isTerminator = (c: number) => c === DOT || c === 0x21 || c === 0x3f || c === ELLIPSIS; // . ! ? …
const isSpace = (c: number) => c === 0x20 || c === 0x09 || c === 0xa0 || c === 0x202f || (c >= 0x2000 && c <= 0x200b) || c === 0x3000;

// Words that end with a dot without ending the sentence.
const ABBREVIATIONS = new Set([
  'tp', 'ts', 'ths', 'pgs', 'gs', 'bs', 'ks', 'th.s', 'mr', 'mrs', 'ms', 'dr', 'st', 'co', 'inc', 'ltd',
  'corp', 'jr', 'sr', 'vs', 'no', 'tr', 'q', 'p', 'tx', 'h', 'v.v', 'vv', 'etc', 'e.g', 'i.e', 'u.s', 'd.c',
]);
const SENTENCE_START = /[\p{Lu}\p{N}"“‘'«([]/u;

// The characters the loops below act on; at any other one they do nothing, so they jump from one of
// these to the next with the regex engine, which finds them faster than a character loop in JS.
const SENTENCE_MARKS = /[\u201c\u2018\u00ab\u201d\u2019\u00bb.!?\u2026]/g;
const QUOTE_MARKS = /[\u201c\u2018\u00ab\u201d\u2019\u00bb]/g;
const CLAUSE_MARKS = /[([)\];:,]/g;

/** The offset of the next character of `re` in `text` at or after `i`, before `to` (`line` = text[from, to)); else `to`. */
function nextMark(re: RegExp, line: string, from: number, to: number, i: number): number {
  re.lastIndex = i - from;
  const m = re.exec(line);
  return m ? from + m.index : to;
}

/** Offsets just after each sentence end inside one line [from, to). */
function sentenceBreaks(text: string, from: number, to: number, respectQuotes: boolean): number[] {
  const breaks: number[] = [];
  let depth = 0;
  const line = text.slice(from, to);
  for (let i = from; (i = nextMark(SENTENCE_MARKS, line, from, to, i)) < to; i++) {
    const c = text.charCodeAt(i);
    if (isOpenQuote(c)) depth++;
    else if (isCloseQuote(c) && depth > 0) depth--;
    if (!isTerminator(c)) continue;
    let j = i + 1;
    while (j < to && isTerminator(text.charCodeAt(j))) j++;
    while (j < to && isCloser(text.charCodeAt(j))) {
      if (isCloseQuote(text.charCodeAt(j)) && depth > 0) depth--;
      j++;
    }
    if (j >= to || !isSpace(text.charCodeAt(j))) { i = j - 1; continue; }
    let k = j;
    while (k < to && isSpace(text.charCodeAt(k))) k++;
    if (k >= to || !SENTENCE_START.test(text[k]!)) { i = j - 1; continue; }
    if (c === DOT && j === i + 1 && (isAbbreviation(text, from, i) || isListMarker(text, from, i))) continue;
    if (respectQuotes && depth > 0) { i = j - 1; continue; }
    breaks.push(j);
    i = j - 1;
  }
  return breaks;
}

function isAbbreviation(text: string, lineStart: number, dot: number): boolean {
  let s = dot;
  while (s > lineStart && dot - s < 12 && /[\p{L}.]/u.test(text[s - 1]!)) s--;
  const word = text.slice(s, dot);
  if (!word || dot - s >= 12) return false;
  if (/^\p{Lu}$/u.test(word)) return true; // an initial: "D. Trump", "Washington D."
  return ABBREVIATIONS.has(word.toLowerCase());
}

/** "1. Nội dung", "II. Kết quả": a numbered heading, not a sentence end. */
function isListMarker(text: string, lineStart: number, dot: number): boolean {
  return dot - lineStart <= 6 && /^\s*(?:\d{1,2}|[IVX]{1,4})$/.test(text.slice(lineStart, dot));
}

function quotesBalanced(text: string, from: number, to: number): boolean {
  let depth = 0;
  const line = text.slice(from, to);
  for (let i = from; (i = nextMark(QUOTE_MARKS, line, from, to, i)) < to; i++) {
    const c = text.charCodeAt(i);
    if (isOpenQuote(c)) depth++;
    else if (isCloseQuote(c) && depth > 0) depth--;
  }
  return depth === 0;
}

/** Sentences of `text`, only inside `ranges` (default: all of it). Spans are trimmed. */
export function splitSentences(text: string, ranges?: ReadonlyArray<{ start: number; end: number }>): Span[] {
  const out: Span[] = [];
  for (const range of ranges ?? [{ start: 0, end: text.length }]) {
    let lineStart = range.start;
    while (lineStart < range.end) {
      let lineEnd = text.indexOf('\n', lineStart);
      if (lineEnd < 0 || lineEnd > range.end) lineEnd = range.end;
      // An unclosed quotation must not swallow the rest of the line.
      const respectQuotes = quotesBalanced(text, lineStart, lineEnd);
      let from = lineStart;
      for (const b of [...sentenceBreaks(text, lineStart, lineEnd, respectQuotes), lineEnd]) {
        const span = trimmedSpan(text, from, b);
        if (span && /[\p{L}\p{N}]/u.test(span.text)) out.push(span);
        from = b;
      }
      lineStart = lineEnd + 1;
    }
  }
  return out;
}

// Conjunctions that open a new clause after a comma.
const JOINS = [
  'đồng thời', 'nhưng', 'song', 'trong khi', 'tuy nhiên', 'bên cạnh đó', 'ngoài ra', 'còn', 'trong đó',
  'theo đó', 'qua đó', 'từ đó', 'do đó', 'vì vậy', 'tuy vậy', 'mặt khác',
];
const JOIN_AFTER_COMMA = new RegExp(`^,\\s*(?:${JOINS.join('|')})(?![\\p{L}\\p{M}])`, 'iu');

/**
 * Clauses of one sentence: split at ";" and list-opening ":" (not "12:30"), and before
 * conjunctions that follow a comma (", đồng thời …"); never inside brackets. Separators are left out.
 */
export function splitClauses(text: string, sentence: Span): Span[] {
  const out: Span[] = [];
  let depth = 0;
  let from = sentence.start;
  const push = (end: number, next: number) => {
    const span = trimmedSpan(text, from, end);
    if (span && /[\p{L}\p{N}]/u.test(span.text)) out.push(span);
    from = next;
  };
  const isDigit = (k: number) => { const c = text.charCodeAt(k); return c >= 0x30 && c <= 0x39; };
  const part = text.slice(sentence.start, sentence.end);
  for (let i = sentence.start; (i = nextMark(CLAUSE_MARKS, part, sentence.start, sentence.end, i)) < sentence.end; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x28 || c === 0x5b) depth++; // ( [
    else if ((c === 0x29 || c === 0x5d) && depth > 0) depth--;
    if (depth > 0) continue;
    if (c === 0x3b) push(i, i + 1); // ;
    else if (c === 0x3a && !(isDigit(i - 1) && isDigit(i + 1))) push(i, i + 1); // : but not 12:30
    else if (c === 0x2c) { // ,
      const m = JOIN_AFTER_COMMA.exec(text.slice(i, Math.min(sentence.end, i + 20)));
      if (m) push(i, i + 1);
    }
  }
  push(sentence.end, sentence.end);
  return out;
}
