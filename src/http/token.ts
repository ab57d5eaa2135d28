import { createHash, timingSafeEqual } from 'node:crypto';
import type { ApiToken } from '../config.ts';

const digest = (s: string) => createHash('sha256').update(s).digest();

/**
 * The editor whose token `Bearer <token>` carries, or null (no header, another scheme, an unknown
 * token, or no tokens configured). Every configured token is compared, in constant time each (the
 * digests have one length), so neither the answer's timing nor its position in the list leaks.
 */
export function editorForToken(header: string | null, tokens: readonly ApiToken[]): string | null {
  if (!tokens.length || !header) return null;
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  if (!match) return null;
  const given = digest(match[1]!);
  let editor: string | null = null;
  for (const t of tokens) {
    if (timingSafeEqual(given, digest(t.token)) && editor === null) editor = t.editor;
  }
  return editor;
}
