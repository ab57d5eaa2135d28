import type { ActorSpan } from './types.ts';

/**
 * Non-overlapping spans: longer first, then earlier in `spans` (callers list the more trusted
 * source first), then leftmost. `covered` marks the tokens taken, so later passes can skip them.
 */
export function selectSpans(spans: readonly ActorSpan[], tokenCount: number, covered = new Uint8Array(tokenCount)): ActorSpan[] {
  const order = spans.map((s, i) => ({ s, i }));
  order.sort((a, b) => (b.s.last - b.s.first) - (a.s.last - a.s.first) || a.i - b.i);
  const kept: ActorSpan[] = [];
  for (const { s } of order) {
    let free = true;
    for (let k = s.first; k <= s.last && free; k++) if (covered[k]) free = false;
    if (!free) continue;
    for (let k = s.first; k <= s.last; k++) covered[k] = 1;
    kept.push(s);
  }
  return kept.sort((a, b) => a.first - b.first);
}

export function spansByFirst(spans: readonly ActorSpan[]): Map<number, ActorSpan> {
  return new Map(spans.map((s) => [s.first, s]));
}
