/**
 * A small seeded PRNG (mulberry32) and the helpers the corpus generator draws with. Deterministic on
 * every platform: only 32-bit integer arithmetic, no Math.random, no Date.
 */

/** FNV-1a over the UTF-16 code units of a string: a 32-bit seed from a label like `bench:42`. */
export function hashSeed(label: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < label.length; i++) {
    h ^= label.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

export interface Rng {
  /** Uniform in [0, 1). */
  next(): number;
  /** Uniform integer in [min, max] (both included). */
  int(min: number, max: number): number;
  /** True with probability p. */
  chance(p: number): boolean;
  pick<T>(items: readonly T[]): T;
  /** Picks by rank with weight 1/(rank+1)^s: a few items are drawn often, most rarely (busy actors). */
  zipf<T>(items: readonly T[], s?: number): T;
}

export function createRng(seed: number): Rng {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => {
    if (items.length === 0) throw new Error('pick from an empty list');
    return items[Math.floor(next() * items.length)]!;
  };
  const zipfTables = new WeakMap<readonly unknown[], Map<number, Float64Array>>();
  const zipf = <T>(items: readonly T[], s = 1): T => {
    if (items.length === 0) throw new Error('pick from an empty list');
    let bySkew = zipfTables.get(items);
    if (!bySkew) zipfTables.set(items, (bySkew = new Map()));
    let cum = bySkew.get(s);
    if (!cum) {
      cum = new Float64Array(items.length);
      let total = 0;
      for (let i = 0; i < items.length; i++) cum[i] = total += 1 / Math.pow(i + 1, s);
      for (let i = 0; i < items.length; i++) cum[i]! /= total;
      bySkew.set(s, cum);
    }
    const r = next();
    let lo = 0;
    let hi = items.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cum[mid]! < r) lo = mid + 1;
      else hi = mid;
    }
    return items[lo]!;
  };
  return { next, int, chance: (p) => next() < p, pick, zipf };
}
