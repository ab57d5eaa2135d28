/** Counting and the usual ratios, with the empty cases decided once here. */

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface Ratios {
  precision: number;
  recall: number;
  f1: number;
}

/** How often a matched pair agrees on one attribute the gold cares about. */
export interface Accuracy {
  agree: number;
  total: number;
  /** null when no matched pair had a gold value to compare. */
  rate: number | null;
}

export function emptyCounts(): Counts {
  return { tp: 0, fp: 0, fn: 0 };
}

export function addCounts(a: Counts, b: Counts): Counts {
  return { tp: a.tp + b.tp, fp: a.fp + b.fp, fn: a.fn + b.fn };
}

/**
 * Nothing claimed and nothing to find is perfect; nothing claimed when something was there has
 * precision 1 (nothing wrong was said) but recall 0.
 */
export function computeRatios({ tp, fp, fn }: Counts): Ratios {
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? (fp === 0 ? 1 : 0) : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

export function makeAccuracy(agree: number, total: number): Accuracy {
  return { agree, total, rate: total === 0 ? null : agree / total };
}

export function addAccuracy(a: Accuracy, b: Accuracy): Accuracy {
  return makeAccuracy(a.agree + b.agree, a.total + b.total);
}

/** Tallies agreement for an attribute: `undefined` means the gold does not care. */
export class AccuracyTally {
  agree = 0;
  total = 0;
  readonly disagreements: string[] = [];

  record(agrees: boolean | undefined, describe: () => string): void {
    if (agrees === undefined) return;
    this.total += 1;
    if (agrees) this.agree += 1;
    else this.disagreements.push(describe());
  }

  result(): Accuracy {
    return makeAccuracy(this.agree, this.total);
  }
}
