/**
 * An article's identity: the same text from two paths, or in NFD and NFC, or with old and new
 * tone-mark placement, or re-wrapped, gets one id. (node:crypto is pure computation, not I/O.)
 */
import { createHash } from 'node:crypto';
import { classTable, SPACE } from './actors/tokenize.ts';
import { unifyToneMarks } from './text/normalize.ts';

/** The text as compared for identity: NFC, one tone-mark placement, whitespace runs as one space. */
export function identityText(text: string): string {
  return collapseWhitespace(unifyToneMarks(text.replace(/^\uFEFF/, '').normalize('NFC'))).trim();
}

/**
 * Every run of whitespace (`\s`) as one space, as `s.replace(/\s+/g, ' ')` gives; a lone ' ' (most
 * gaps) is left in place rather than cut out and joined again.
 */
export function collapseWhitespace(s: string): string {
  const table = classTable();
  const parts: string[] = [];
  let from = 0;
  for (let i = 0; i < s.length; i++) {
    if (table[s.charCodeAt(i)] !== SPACE) continue;
    let j = i + 1;
    while (j < s.length && table[s.charCodeAt(j)] === SPACE) j++;
    if (j - i > 1 || s.charCodeAt(i) !== 0x20) {
      parts.push(s.slice(from, i), ' ');
      from = j;
    }
    i = j - 1;
  }
  if (from === 0) return s;
  parts.push(s.slice(from));
  return parts.join('');
}

/** First 16 hex digits of the SHA-256 of the identity text. */
export function articleId(text: string): string {
  return createHash('sha256').update(identityText(text), 'utf8').digest('hex').slice(0, 16);
}
