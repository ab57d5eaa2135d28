import { createHash } from 'node:crypto';

/** Hashed keys: the same pledge is found again in every sentence that restates it. */
const ids = new Map<string, string>();

/** Same who, to whom, kind, amount, unit and period → same id, whichever article states it. */
export function pledgeId(p: { by: string; to: string | null; kind: string; amount: number | null; unit: string | null; period: { start: number; end: number } | null }): string {
  const key = JSON.stringify([p.by, p.to, p.kind, p.amount, p.unit, p.period?.start ?? null, p.period?.end ?? null]);
  let id = ids.get(key);
  if (id === undefined) {
    id = `pledge-${createHash('sha256').update(key).digest('hex').slice(0, 16)}`;
    if (ids.size >= 20_000) ids.clear();
    ids.set(key, id);
  }
  return id;
}
