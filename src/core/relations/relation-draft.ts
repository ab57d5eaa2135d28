import type { Evidence, RelationType } from '../claims.ts';

/** A relation as a rule states it, before duplicates are merged. */
export interface RelationDraft {
  type: RelationType;
  from: string;
  to: string;
  role: string | null;
  date: string | null;
  evidence: Evidence;
}

export function evidenceOf(text: string, range: { start: number; end: number }, rule: string, confidence: number): Evidence {
  return { quote: text.slice(range.start, range.end), start: range.start, end: range.end, rule, confidence };
}
