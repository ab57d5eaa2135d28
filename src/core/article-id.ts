/**
 * An article's identity: the same text from two paths, or in NFD and NFC, or with old and new
 * tone-mark placement, or re-wrapped, gets one id. (node:crypto is pure computation, not I/O.)
 */
import { createHash } from 'node:crypto';
import { unifyToneMarks } from './text/normalize.ts';

/** The text as compared for identity: NFC, one tone-mark placement, whitespace runs as one space. */
export function identityText(text: string): string {
  // Same as replacing /\s+/g with ' ', but a lone ' ' (most gaps) is not matched and rebuilt: ~4× faster.
  return unifyToneMarks(text.replace(/^\uFEFF/, '').normalize('NFC')).replace(/\s{2,}|[^\S ]/g, ' ').trim();
}

/** First 16 hex digits of the SHA-256 of the identity text. */
export function articleId(text: string): string {
  return createHash('sha256').update(identityText(text), 'utf8').digest('hex').slice(0, 16);
}
