/**
 * An amount restated in another currency right after the first ("1,8 tỷ USD (khoảng 43.730 tỷ
 * đồng)", "¥300 million (US$2 million)") is the same promise: only the first-stated one is a pledge.
 */
import type { Quantity } from '../parse/numbers.ts';

const MONEY = new Set(['money']);
/** What may stand between the two: an opening parenthesis or comma, then "about", "equivalent to". */
const GAP = /^\s*(?:\(|,|–|-|\/)?\s*(?:khoảng|tương đương(?: với)?|tức|ước(?: tính)?|gần|hơn|trên|about|around|approximately|roughly|or|equivalent to|~|≈)?\s*$/u;
const OPENS = /[(,–\-/]|khoảng|tương đương|tức|ước|about|around|approximately|roughly|or|equivalent/u;
const NEAR = 40;

/** The quantities (of `sorted`, in text order) that restate the money amount before them. */
export function restatedAmounts(sorted: readonly Quantity[], lowered: string): Set<Quantity> {
  const out = new Set<Quantity>();
  for (let i = 1; i < sorted.length; i++) {
    const a = sorted[i - 1]!;
    const b = sorted[i]!;
    if (!MONEY.has(a.kind) || !MONEY.has(b.kind) || a.unit === b.unit || !a.unit || !b.unit) continue;
    if (b.phraseStart - a.end > NEAR || b.phraseStart < a.end) continue;
    const gap = lowered.slice(a.end, b.phraseStart);
    if (GAP.test(gap) && OPENS.test(gap)) out.add(b);
  }
  return out;
}
