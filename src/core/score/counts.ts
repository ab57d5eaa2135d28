/** Counts and figures, named and rounded exactly as score.mjs prints them. */
export const METRICS = ['actors', 'pledges', 'relations', 'relations_loose'] as const;
export type Metric = (typeof METRICS)[number];

/**
 * tp: required gold items found (recall); np: items extracted; ng: required gold items;
 * ok: extracted items that match some gold item, optional ones included (precision).
 */
export interface Counts {
  tp: number;
  np: number;
  ng: number;
  ok: number;
}

export interface Figures extends Counts {
  precision: number;
  recall: number;
  f1: number;
}

export type MetricCounts = Record<Metric, Counts>;
/** Keys appear only for metrics that were counted (none when no gold was scored), as in score.mjs. */
export type Report = Partial<Record<Metric, Figures>>;

export function addCounts(a: Counts, b: Counts): Counts {
  return { tp: a.tp + b.tp, np: a.np + b.np, ng: a.ng + b.ng, ok: a.ok + b.ok };
}

const round3 = (value: number): number => +value.toFixed(3);

export function toFigures(counts: Counts): Figures {
  const p = counts.np ? counts.ok / counts.np : 0;
  const r = counts.ng ? counts.tp / counts.ng : 0;
  const f = p + r ? (2 * p * r) / (p + r) : 0;
  return { precision: round3(p), recall: round3(r), f1: round3(f), ...counts };
}

/** Sums articles' counts into the report score.mjs prints. */
export function reportOf(articles: readonly { counts: MetricCounts }[]): Report {
  const report: Report = {};
  if (articles.length === 0) return report;
  for (const metric of METRICS) {
    const total = articles.reduce((sum, article) => addCounts(sum, article.counts[metric]), { tp: 0, np: 0, ng: 0, ok: 0 });
    report[metric] = toFigures(total);
  }
  return report;
}

/** score.mjs's last line: "actors F1 0.9 · pledges F1 0.5 · …". */
export function summaryLine(report: Report): string {
  return Object.entries(report).map(([metric, figures]) => `${metric} F1 ${figures.f1}`).join(' · ');
}
