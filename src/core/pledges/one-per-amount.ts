/**
 * One article states a promise once, however often it repeats it: the headline's "rót 500 triệu USD
 * vào Việt Nam" and the body's "cam kết đầu tư 500 triệu USD … tại Khu công nghệ cao Hòa Lạc" are
 * one pledge. Pledges of one pledger with the same amount and unit become the most specific of them
 * (a stated recipient over the article's home country, then the later, body statement), carrying
 * every statement's evidence and the period and sectors any of them gives.
 */
import type { Pledge } from '../claims.ts';
import { pledgeId } from './pledge-id.ts';

function specificity(p: Pledge, home: string | null): number {
  return (p.to !== null && p.to !== home ? 2 : p.to !== null ? 1 : 0) + (p.period ? 0.5 : 0);
}

export function onePerAmount(pledges: readonly Pledge[], home: string | null): Pledge[] {
  const groups = new Map<string, Pledge[]>();
  for (const p of pledges) {
    const key = JSON.stringify([p.by, p.amount, p.unit, p.cumulative]);
    const g = groups.get(key);
    if (g) g.push(p);
    else groups.set(key, [p]);
  }
  const out: Pledge[] = [];
  for (const g of groups.values()) {
    if (g.length === 1 || g[0]!.amount === null) {
      out.push(...g);
      continue;
    }
    let best = g[0]!;
    for (const p of g) if (specificity(p, home) >= specificity(best, home)) best = p;
    const evidence = g.flatMap((p) => p.evidence).filter((e, i, all) => all.findIndex((x) => x.start === e.start && x.end === e.end) === i)
      .sort((a, b) => a.start - b.start);
    const sectors = [...new Set(g.flatMap((p) => p.sectors))].sort();
    const period = best.period ?? g.find((p) => p.period)?.period ?? null;
    const id = period === best.period ? best.id : pledgeId({ ...best, period });
    out.push({ ...best, id, period, sectors, evidence });
  }
  return out;
}
