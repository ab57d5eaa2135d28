/**
 * Word and punctuation tokens over the folded text. Folding keeps length, so a token's offsets
 * point into the stored text too, and `key` (folded, marks removed) is what lexicons match on.
 */
export interface Token {
  start: number;
  end: number;
  /** Folded form for words; the character itself for punctuation. */
  key: string;
  word: boolean;
}

const MARKS = /\p{M}/gu;
export const SPACE = 0;
export const WORD = 1;
export const MARK = 2;
export const PUNCT = 3;

let classes: Uint8Array | undefined;

/** Class of every UTF-16 unit, computed once: a table lookup is much cheaper than a Unicode regex. */
export function classTable(): Uint8Array {
  if (classes) return classes;
  classes = new Uint8Array(0x10000);
  for (let c = 0; c < 0x10000; c++) {
    const ch = String.fromCharCode(c);
    if (/\s/u.test(ch)) classes[c] = SPACE;
    else if (/\p{M}/u.test(ch)) classes[c] = MARK;
    else if (/[\p{L}\p{N}]/u.test(ch) || (c >= 0xd800 && c <= 0xdfff)) classes[c] = WORD;
    else classes[c] = PUNCT;
  }
  return classes;
}

/** Tokens of `folded` inside the given ranges; no token crosses a range edge. */
export function tokenize(folded: string, ranges: ReadonlyArray<{ start: number; end: number }>): Token[] {
  const table = classTable();
  const tokens: Token[] = [];
  for (const range of ranges) {
    let i = range.start;
    while (i < range.end) {
      const cls = table[folded.charCodeAt(i)]!;
      if (cls === SPACE) {
        i++;
        continue;
      }
      if (cls === PUNCT) {
        tokens.push({ start: i, end: i + 1, key: folded[i]!, word: false });
        i++;
        continue;
      }
      const start = i;
      let marks = cls === MARK;
      while (i < range.end) {
        const c = table[folded.charCodeAt(i)]!;
        if (c === MARK) marks = true;
        else if (c !== WORD) break;
        i++;
      }
      const raw = folded.slice(start, i);
      tokens.push({ start, end: i, key: marks ? raw.replace(MARKS, '') : raw, word: true });
    }
  }
  return tokens;
}

/** Word keys of a phrase, folded the same way as article text. */
export function phraseKeys(foldedPhrase: string): string[] {
  return tokenize(foldedPhrase, [{ start: 0, end: foldedPhrase.length }]).filter((t) => t.word).map((t) => t.key);
}

let cased: Uint8Array | undefined;

/** Whether the token's first unit changes under toLowerCase (read from a table made once). */
export function isCapitalised(text: string, token: Token): boolean {
  if (!cased) {
    cased = new Uint8Array(0x10000);
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      cased[c] = ch !== ch.toLowerCase() ? 1 : 0;
    }
  }
  return token.start < text.length && cased[text.charCodeAt(token.start)] === 1;
}

/** Index of the first token starting at or after `offset` (tokens sorted by start). */
export function tokenIndexAt(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((tokens[mid] as Token).start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
