import type { Accuracy, Counts, Ratios } from './metrics.ts';
import { computeRatios } from './metrics.ts';

/** One category's result: counts, ratios, and what to look at when they disappoint. */
export interface CategoryScore extends Counts, Ratios {
  misses: string[];
  falsePositives: string[];
  /** Matched pairs that disagree on a secondary attribute (kind, status, period …). */
  disagreements: string[];
}

export function makeCategoryScore(
  counts: Counts,
  misses: string[],
  falsePositives: string[],
  disagreements: string[],
): CategoryScore {
  return { ...counts, ...computeRatios(counts), misses, falsePositives, disagreements };
}

export type Accuracies<K extends string> = Record<K, Accuracy>;
