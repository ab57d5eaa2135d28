import { describe, expect, it } from 'vitest';
import { selectSpans } from './select-spans.ts';
import type { ActorSpan } from './types.ts';

/** The former implementation: a stable sort by length, then by first token. */
function reference(spans: readonly ActorSpan[], tokenCount: number): ActorSpan[] {
  const covered = new Uint8Array(tokenCount);
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

function span(first: number, last: number, id: string): ActorSpan {
  return { first, last, start: first * 5, end: last * 5 + 4, actor: { id, name: id, kind: 'company', country: null, source: 'pattern', aliases: [], partOf: null }, rule: 'test', confidence: 1 };
}

describe('selectSpans', () => {
  it('keeps the longest, then the earlier listed, then leftmost', () => {
    const spans = [span(0, 0, 'a'), span(0, 2, 'b'), span(2, 3, 'c'), span(4, 5, 'd'), span(4, 5, 'e')];
    expect(selectSpans(spans, 10).map((s) => s.actor.id)).toEqual(['b', 'd']);
  });

  it('marks the tokens it keeps in `covered` and skips tokens already covered', () => {
    const covered = new Uint8Array(6);
    covered[1] = 1;
    expect(selectSpans([span(0, 1, 'a'), span(2, 3, 'b')], 6, covered).map((s) => s.actor.id)).toEqual(['b']);
    expect([...covered]).toEqual([0, 1, 1, 1, 0, 0]);
  });

  it('chooses as the stable sort did, on random spans', () => {
    let seed = 11;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648);
    for (let n = 0; n < 500; n++) {
      const spans = Array.from({ length: next() % 30 }, (_, i) => {
        const first = next() % 40;
        return span(first, first + (next() % 4), `s${i}`);
      });
      expect(selectSpans(spans, 50)).toEqual(reference(spans, 50));
    }
  });
});
