import type { ActorSpan } from './types.ts';

/**
 * Non-overlapping spans: longer first, then earlier in `spans` (callers list the more trusted
 * source first), then leftmost. `covered` marks the tokens taken, so later passes can skip them.
 */
export function selectSpans(spans: readonly ActorSpan[], tokenCount: number, covered = new Uint8Array(tokenCount)): ActorSpan[] {
  // Longer first, then by position in `spans`: numeric keys (length rank, index) sorted as numbers,
  // which gives the order a stable sort by length would, without a comparator call per step.
  let longest = 0;
  for (const s of spans) longest = Math.max(longest, s.last - s.first);
  const order = new Float64Array(spans.length);
  for (let i = 0; i < spans.length; i++) order[i] = (longest - (spans[i]!.last - spans[i]!.first)) * INDEX_RANGE + i;
  order.sort();
  const kept: ActorSpan[] = [];
  for (let n = 0; n < order.length; n++) {
    const s = spans[order[n]! % INDEX_RANGE]!;
    let free = true;
    for (let k = s.first; k <= s.last && free; k++) if (covered[k]) free = false;
    if (!free) continue;
    for (let k = s.first; k <= s.last; k++) covered[k] = 1;
    kept.push(s);
  }
  return byFirst(kept);
}

const INDEX_RANGE = 2 ** 24;

/** Spans that do not overlap (so no two share a first token), ordered by first token. */
function byFirst(kept: ActorSpan[]): ActorSpan[] {
  const firsts = new Float64Array(kept.length);
  for (let i = 0; i < kept.length; i++) firsts[i] = kept[i]!.first * INDEX_RANGE + i;
  firsts.sort();
  const out: ActorSpan[] = [];
  for (let i = 0; i < firsts.length; i++) out.push(kept[firsts[i]! % INDEX_RANGE]!);
  return out;
}

export function spansByFirst(spans: readonly ActorSpan[]): Map<number, ActorSpan> {
  return new Map(spans.map((s) => [s.first, s]));
}
