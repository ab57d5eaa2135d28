/**
 * The regression floor committed beside a corpus (`scores.json`): per part, the F1 of each metric
 * and the articles it was measured on. A later extractor fails the floor when any F1, measured on
 * those same articles, falls more than `tolerance` below it. Articles added since are not covered
 * until the floor is written again, so a growing corpus never reads as a regression.
 */
import { z } from 'zod';
import { METRICS, reportOf, type Metric } from './counts.ts';
import { PARTS, partOf, type Part } from './parts.ts';
import type { ArticleScore } from './score-article.ts';

export const DEFAULT_TOLERANCE = 0.02;

const MetricF1 = z.object(Object.fromEntries(METRICS.map((metric) => [metric, z.number().min(0).max(1)])) as Record<Metric, z.ZodNumber>);

export const FloorPart = z.object({
  /** Stems of the gold files the figures were measured on. */
  articles: z.array(z.string().min(1)).min(1),
  f1: MetricF1,
});
export type FloorPart = z.infer<typeof FloorPart>;

export const Floor = z.object({
  note: z.string().optional(),
  tolerance: z.number().min(0).max(1).default(DEFAULT_TOLERANCE),
  parts: z.object({ tuning: FloorPart.optional(), blind: FloorPart.optional() }),
});
export type Floor = z.infer<typeof Floor>;

export const FLOOR_NOTE =
  'Regression floor (issue 13): F1 per part and metric, as test/corpus-tools/score.mjs computes it, on the articles listed. ' +
  'test/unit/corpus-floor.test.ts fails when one falls more than `tolerance` below. Update with `npm run score -- test/fixtures/corpus --write-floor` (it only raises figures); never by hand to let a regression through.';

export interface FloorCheck {
  part: Part;
  metric: Metric;
  floor: number;
  /** Null when the floor's articles are no longer all in the folder. */
  current: number | null;
  ok: boolean;
}

export interface FloorResult {
  checks: FloorCheck[];
  /** Articles the floor lists that the folder no longer has: the floor is stale. */
  missing: string[];
  /** Gold articles the floor does not cover yet. */
  uncovered: string[];
}

function f1On(articles: readonly ArticleScore[], stems: readonly string[]): Record<Metric, number> | null {
  const wanted = new Set(stems);
  const chosen = articles.filter((article) => wanted.has(article.stem));
  if (chosen.length !== wanted.size) return null;
  const report = reportOf(chosen);
  return Object.fromEntries(METRICS.map((metric) => [metric, report[metric]?.f1 ?? 0])) as Record<Metric, number>;
}

/** Measures the scored articles against the floor, part by part and metric by metric. */
export function checkFloor(floor: Floor, articles: readonly ArticleScore[]): FloorResult {
  const present = new Set(articles.map((article) => article.stem));
  const covered = new Set<string>();
  const missing: string[] = [];
  const checks: FloorCheck[] = [];
  for (const part of PARTS) {
    const entry = floor.parts[part];
    if (!entry) continue;
    for (const stem of entry.articles) {
      covered.add(stem);
      if (!present.has(stem)) missing.push(stem);
    }
    const current = f1On(articles, entry.articles);
    for (const metric of METRICS) {
      const value = current?.[metric] ?? null;
      // 1e-9: figures are rounded to 3 places, so "exactly 0.02 below" must not fail on float noise.
      checks.push({ part, metric, floor: entry.f1[metric], current: value, ok: value !== null && value >= entry.f1[metric] - floor.tolerance - 1e-9 });
    }
  }
  const uncovered = articles.map((article) => article.stem).filter((stem) => !covered.has(stem));
  return { checks, missing, uncovered };
}

export interface FloorUpdate {
  floor: Floor;
  /** Why the floor was not raised: a regression on the articles it covers. Empty when written. */
  refused: string[];
  /** What changed, one line per part. */
  changes: string[];
}

/**
 * The floor after measuring `articles`: on an unchanged set of articles each figure becomes the
 * larger of the old and the new, never lower. When articles were added (or removed), the part is
 * measured afresh on the new set, but only if the extractor still holds the old floor on the old
 * articles: the update never hides a regression.
 */
export function raiseFloor(old: Floor | null, articles: readonly ArticleScore[]): FloorUpdate {
  const tolerance = old?.tolerance ?? DEFAULT_TOLERANCE;
  const parts: Floor['parts'] = {};
  const refused: string[] = [];
  const changes: string[] = [];
  const held = old ? checkFloor(old, articles) : null;
  for (const part of PARTS) {
    const stems = articles.map((article) => article.stem).filter((stem) => partOf(stem) === part);
    const previous = old?.parts[part];
    if (stems.length === 0) {
      if (previous) parts[part] = previous;
      continue;
    }
    const current = f1On(articles, stems)!;
    const failing = (held?.checks ?? []).filter((check) => check.part === part && check.current !== null && !check.ok);
    if (failing.length > 0) {
      refused.push(...failing.map((check) => `${part} ${check.metric}: ${check.current} < floor ${check.floor} - ${tolerance}`));
      if (previous) parts[part] = previous;
      continue;
    }
    const sameSet = previous !== undefined && previous.articles.length === stems.length && previous.articles.every((stem) => stems.includes(stem));
    const f1 = sameSet
      ? (Object.fromEntries(METRICS.map((metric) => [metric, Math.max(previous.f1[metric], current[metric])])) as Record<Metric, number>)
      : current;
    parts[part] = { articles: [...stems].sort(), f1 };
    const shown = METRICS.map((metric) => `${metric} ${f1[metric]}`).join(', ');
    changes.push(sameSet ? `${part}: same ${stems.length} articles; ${shown}` : `${part}: measured afresh on ${stems.length} articles (was ${previous?.articles.length ?? 0}); ${shown}`);
  }
  return { floor: { note: FLOOR_NOTE, tolerance, parts }, refused, changes };
}
