import { createHash, timingSafeEqual } from 'node:crypto';

const digest = (s: string) => createHash('sha256').update(s).digest();

/** True only for `Bearer <token>` with the configured token; no token configured means never. */
export function tokenMatches(header: string | null, apiToken: string | undefined): boolean {
  if (!apiToken || !header) return false;
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  if (!match) return false;
  // Comparing digests keeps the comparison constant-time whatever the lengths.
  return timingSafeEqual(digest(match[1]!), digest(apiToken));
}
