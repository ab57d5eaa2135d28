/**
 * What the decisions about one actor or fact add up to (pure): the active ones, oldest first, each
 * later one winning where they disagree. Undoing a decision and folding again restores what extraction
 * says, or what the earlier decisions said.
 */
import { toUsd } from '../parse/units.ts';
import { CORRECTION_FIELDS, type DecisionRow, type PledgeCorrection, type RenameValue, type ReviewStatus } from './decision.ts';

type Active = Pick<DecisionRow, 'id' | 'seq' | 'kind' | 'value'>;

const ordered = <T extends Active>(decisions: readonly T[]) => [...decisions].sort((a, b) => a.seq - b.seq);

export interface FactReview {
  /** null: no decision applies (EXTRACTED). */
  review: Exclude<ReviewStatus, 'EXTRACTED'> | null;
  /** The last decision that touched it. */
  decision: string | null;
  /** Pledges: the fields corrected, each with its latest value. */
  correction: PledgeCorrection;
}

/**
 * reject → REJECTED; correct → CORRECTED; confirm → CONFIRMED, or CORRECTED when fields stay corrected
 * (a person checked values that differ from extraction). The last of them sets the review.
 */
export function foldFactDecisions(decisions: readonly Active[]): FactReview {
  let review: FactReview['review'] = null;
  let decision: string | null = null;
  const correction: Record<string, unknown> = {};
  for (const d of ordered(decisions)) {
    if (d.kind === 'reject') review = 'REJECTED';
    else if (d.kind === 'correct') {
      Object.assign(correction, d.value ?? {});
      review = 'CORRECTED';
    } else if (d.kind === 'confirm') review = Object.keys(correction).length ? 'CORRECTED' : 'CONFIRMED';
    else continue;
    decision = d.id;
  }
  return { review, decision, correction: correction as PledgeCorrection };
}

export interface ActorRename extends RenameValue {
  decision: string;
}

/** The latest active renames, field by field; null when none is active. */
export function foldRenames(decisions: readonly Active[]): ActorRename | null {
  let out: ActorRename | null = null;
  for (const d of ordered(decisions)) {
    if (d.kind !== 'rename') continue;
    out = { ...(out ?? {}), ...(d.value as RenameValue), decision: d.id };
  }
  return out;
}

/** A pledge's correctable values. */
export interface PledgeValues {
  amount: number | null;
  unit: string | null;
  amountText: string | null;
  amountUsd: number | null;
  status: string;
  periodStart: number | null;
  periodEnd: number | null;
  by: string;
  to: string | null;
}

/** Extraction's values with the correction laid over them. */
export function correctPledge(extracted: PledgeValues, correction: PledgeCorrection): PledgeValues {
  const out: Record<string, unknown> = { ...extracted };
  for (const field of CORRECTION_FIELDS) if (correction[field] !== undefined) out[field] = correction[field];
  return out as unknown as PledgeValues;
}

const NUMBER = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 });

/** "1.500.000.000 USD": a corrected amount written out (the article's wording no longer fits it). */
export function formatAmount(amount: number | null, unit: string | null): string | null {
  if (amount === null) return null;
  return unit ? `${NUMBER.format(amount)} ${unit}` : NUMBER.format(amount);
}

/**
 * A person's correction made complete against the pledge as it is: a new amount or unit brings the
 * USD value (fixed rates, src/core/parse/units) and the amount text that go with it, unless given.
 */
export function completeCorrection(input: PledgeCorrection, current: PledgeValues, year: number | null): PledgeCorrection {
  const out: PledgeCorrection = { ...input };
  if (input.amount !== undefined || input.unit !== undefined) {
    const amount = input.amount !== undefined ? input.amount : current.amount;
    const unit = input.unit !== undefined ? input.unit : current.unit;
    const start = input.periodStart !== undefined ? input.periodStart : current.periodStart;
    if (input.amountUsd === undefined) out.amountUsd = amount === null ? null : toUsd(amount, unit, start ?? year);
    if (input.amountText === undefined) out.amountText = formatAmount(amount, unit);
  }
  return out;
}
