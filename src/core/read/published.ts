/** Publication dates as found in metadata, turned into the contract's (partial) ISO form. */

const pad = (n: string) => n.padStart(2, '0');

/**
 * "2024-06-26", "2024-06-26T12:30:00+07:00", "2024-06-26 12:30", "26/06/2024 12:30", "2024-06",
 * "2024" (string or number), or a Date → "2024-06-26" / "2024-06" / "2024". Null for null/empty.
 * Throws on anything else, so a typo in metadata is reported, not silently dropped.
 */
export function normalizePublished(value: unknown): string | null {
  if (value === null || value === undefined || value === '') return null;
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) throw new Error('published: invalid date');
    return value.toISOString().slice(0, 10);
  }
  const s = String(value).trim();
  let m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(s);
  if (m) return [m[1], m[2], m[3]].filter(Boolean).join('-');
  m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?:\s+\d{1,2}[:h]\d{2}(?::\d{2})?)?$/.exec(s);
  if (m) return `${m[3]}-${pad(m[2]!)}-${pad(m[1]!)}`;
  throw new Error(`published: not a date: "${s.slice(0, 40)}"`);
}
