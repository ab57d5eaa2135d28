/** A piece of the stored text: `text === stored.slice(start, end)`. */
export interface Span {
  start: number;
  end: number;
  text: string;
}

/** The span of `text[start, end)` with surrounding whitespace trimmed off, or null if blank. */
export function trimmedSpan(text: string, start: number, end: number): Span | null {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text[s]!)) s++;
  while (e > s && /\s/.test(text[e - 1]!)) e--;
  return s < e ? { start: s, end: e, text: text.slice(s, e) } : null;
}
