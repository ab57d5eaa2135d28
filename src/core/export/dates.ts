/** Partial ISO dates (2024, 2024-06, 2024-06-25) to the full days that bound them. */
const PARTIAL = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

export function intervalStart(date: string): string | null {
  const m = PARTIAL.exec(date);
  if (!m) return null;
  return `${m[1]}-${m[2] ?? '01'}-${m[3] ?? '01'}`;
}

export function intervalEnd(date: string): string | null {
  const m = PARTIAL.exec(date);
  if (!m) return null;
  const year = Number(m[1]);
  if (m[3]) return `${m[1]}-${m[2]}-${m[3]}`;
  const month = m[2] ? Number(m[2]) : 12;
  // Day 0 of the next month is the last day of this one.
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${m[1]}-${String(month).padStart(2, '0')}-${String(last).padStart(2, '0')}`;
}

/** The earlier / later of two partial dates, comparing the days they start / end on. */
export function minDate(a: string | null, b: string | null): string | null {
  if (a === null) return b;
  if (b === null) return a;
  return (intervalStart(a) ?? a) <= (intervalStart(b) ?? b) ? a : b;
}

export function maxDate(a: string | null, b: string | null): string | null {
  if (a === null) return b;
  if (b === null) return a;
  return (intervalEnd(a) ?? a) >= (intervalEnd(b) ?? b) ? a : b;
}
