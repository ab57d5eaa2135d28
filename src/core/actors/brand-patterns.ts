/**
 * Latin-script brands as companies when the text says so: after a company cue in the same stretch
 * ("các công ty như Intel, Qualcomm"), or listed next to a known company ("Samsung Electronics, Lotte").
 */
import { slugify } from '../text/fold.ts';
import { adjacent, isAcronym, isLatinName, isWord, lowerAt, wordAt, type ScanContext } from './scan-context.ts';
import type { ActorSpan } from './types.ts';

const CUES = new Set(['công ty', 'tập đoàn', 'hãng', 'doanh nghiệp', 'nhà sản xuất', 'nhà đầu tư', 'startup']);
const LINKS = new Set([',', 'và', 'như', 'gồm', 'là', 'cùng', '(', 'của', 'bao']);
const LOOKBACK = 8;

function cueBefore(ctx: ScanContext, i: number, known: Map<number, ActorSpan>, ends: Map<number, ActorSpan>): boolean {
  for (let k = i - 1, n = 0; k >= 0 && n < LOOKBACK; k--, n++) {
    const t = ctx.tokens[k]!;
    const endsHere = ends.get(k);
    if (endsHere) {
      if (endsHere.actor.kind === 'company') return true;
      return false;
    }
    const w = lowerAt(ctx, k);
    if (CUES.has(`${lowerAt(ctx, k - 1)} ${w}`) || CUES.has(w)) return true;
    if (!t.word && !LINKS.has(t.key)) return false;
    if (t.word && !LINKS.has(w) && !isLatinName(ctx, k) && !known.has(k)) return false;
  }
  return false;
}

/** Brand spans on tokens no other span covers. */
export function findBrands(ctx: ScanContext, known: Map<number, ActorSpan>, covered: Uint8Array): ActorSpan[] {
  const ends = new Map<number, ActorSpan>();
  for (const s of known.values()) ends.set(s.last, s);
  const spans: ActorSpan[] = [];
  for (let i = 0; i < ctx.tokens.length; i++) {
    if (covered[i] || !isWord(ctx, i) || !isLatinName(ctx, i)) continue;
    if (isAcronym(ctx, i) && wordAt(ctx, i).length < 3) continue;
    let last = i;
    while (last - i < 2 && !covered[last + 1] && isLatinName(ctx, last + 1) && adjacent(ctx, last + 1)) last++;
    if (!cueBefore(ctx, i, known, ends)) {
      i = last;
      continue;
    }
    const name = ctx.text.slice(ctx.tokens[i]!.start, ctx.tokens[last]!.end);
    const span: ActorSpan = {
      first: i, last, start: ctx.tokens[i]!.start, end: ctx.tokens[last]!.end,
      actor: { id: slugify(name), name, kind: 'company', country: null, source: 'pattern', aliases: [name], partOf: null },
      rule: 'brand-after-company-cue', confidence: 0.6,
    };
    spans.push(span);
    ends.set(last, span);
    i = last;
  }
  return spans;
}
