/** Median and spread of repeated measurements. */

export interface Summary {
  median: number;
  min: number;
  max: number;
  /** (max - min) / median, as a fraction: how much the runs disagree. */
  spread: number;
  runs: number[];
}

export function median(values: readonly number[]): number {
  if (values.length === 0) return NaN;
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

export function summarize(values: readonly number[], digits = 3): Summary {
  const round = (x: number) => Number(x.toPrecision(digits + 2));
  const med = median(values);
  const min = Math.min(...values);
  const max = Math.max(...values);
  return { median: round(med), min: round(min), max: round(max), spread: med ? round((max - min) / med) : 0, runs: values.map(round) };
}

/** Percentile (0..100) of raw samples by nearest rank. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return NaN;
  const s = [...values].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))]!;
}

export const fmt = (x: number, digits = 1) => (Number.isFinite(x) ? x.toFixed(digits) : '–');
