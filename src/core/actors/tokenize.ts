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

const TOKEN = /[\p{L}\p{N}\p{M}]+|[^\s\p{L}\p{N}\p{M}]/gu;
const MARKS = /\p{M}/gu;

/** Tokens of `folded` inside the given ranges; no token crosses a range edge. */
export function tokenize(folded: string, ranges: ReadonlyArray<{ start: number; end: number }>): Token[] {
  const tokens: Token[] = [];
  for (const range of ranges) {
    const slice = folded.slice(range.start, range.end);
    for (const m of slice.matchAll(TOKEN)) {
      const raw = m[0];
      const start = range.start + (m.index ?? 0);
      const word = raw.length > 1 || /[\p{L}\p{N}]/u.test(raw);
      tokens.push({ start, end: start + raw.length, key: word ? stripMarks(raw) : raw, word });
    }
  }
  return tokens;
}

function stripMarks(s: string): string {
  return s.includes('\u0300') || /\p{M}/u.test(s) ? s.replace(MARKS, '') : s;
}

/** Word keys of a phrase, folded the same way as article text. */
export function phraseKeys(foldedPhrase: string): string[] {
  return tokenize(foldedPhrase, [{ start: 0, end: foldedPhrase.length }]).filter((t) => t.word).map((t) => t.key);
}

export function isCapitalised(text: string, token: Token): boolean {
  const ch = text[token.start] ?? '';
  return ch !== ch.toLowerCase();
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
