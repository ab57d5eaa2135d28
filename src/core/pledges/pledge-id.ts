import { createHash } from 'node:crypto';

/** Same who, to whom, kind, amount, unit and period → same id, whichever article states it. */
export function pledgeId(p: { by: string; to: string | null; kind: string; amount: number | null; unit: string | null; period: { start: number; end: number } | null }): string {
  const key = JSON.stringify([p.by, p.to, p.kind, p.amount, p.unit, p.period?.start ?? null, p.period?.end ?? null]);
  return `pledge-${createHash('sha256').update(key).digest('hex').slice(0, 16)}`;
}
