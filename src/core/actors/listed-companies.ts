/**
 * A stock ticker in brackets marks a listed company: "Đô thị Kinh Bắc (HoSE: KBC)", "… (HNX: SHS)".
 * The name before the bracket is the company (a known one, or the capitalised words read back from
 * the bracket), and the ticker names it too.
 */
import { slugify } from '../text/fold.ts';
import { keyOf } from './gazetteer-matcher.ts';
import { adjacent, capAt, isAcronym, isWord, lowerAt, wordAt, type ScanContext } from './scan-context.ts';
import type { ActorSpan } from './types.ts';
import { NAME_STOPS } from './vietnamese-words.ts';

const EXCHANGES = new Set(['hose', 'hsx', 'hnx', 'upcom', 'nyse', 'nasdaq', 'sgx', 'krx', 'tse', 'hkex', 'sse', 'szse']);
const MAX_WORDS = 8;

/** First token of the name ending at `last`: capitalised words, lower-case ones only between them. */
function nameStart(ctx: ScanContext, last: number): number {
  if (!capAt(ctx, last)) return -1;
  let first = last;
  for (let k = last - 1; k >= 0 && last - k < MAX_WORDS && isWord(ctx, k) && adjacent(ctx, k + 1); k--) {
    if (capAt(ctx, k)) first = k;
    else if (NAME_STOPS.has(lowerAt(ctx, k)) || !capAt(ctx, k - 1) || !adjacent(ctx, k)) break;
  }
  return first;
}

export function findListedCompanies(ctx: ScanContext, spans: readonly ActorSpan[], covered: Uint8Array): ActorSpan[] {
  const out: ActorSpan[] = [];
  const ends = new Map(spans.map((s) => [s.last, s]));
  for (let i = 1; i + 4 < ctx.tokens.length; i++) {
    if (ctx.tokens[i]!.key !== '(' || !EXCHANGES.has(ctx.tokens[i + 1]!.key) || ctx.tokens[i + 2]!.key !== ':'
      || !isAcronym(ctx, i + 3) || ctx.tokens[i + 4]!.key !== ')' || covered[i + 3]) continue;
    const t = ctx.tokens[i + 3]!;
    let actor = ends.get(i - 1)?.actor;
    if (actor && actor.kind !== 'company') continue;
    if (!actor) {
      const first = nameStart(ctx, i - 1);
      if (first < 0) continue;
      let free = true;
      for (let k = first; k < i; k++) if (covered[k]) free = false;
      if (!free) continue;
      const name = ctx.text.slice(ctx.tokens[first]!.start, ctx.tokens[i - 1]!.end);
      actor = ctx.gaz.byKey.get(keyOf(name))
        ?? { id: slugify(name), name, kind: 'company', country: null, source: 'pattern', aliases: [name, wordAt(ctx, i + 3)], partOf: null };
      for (let k = first; k < i; k++) covered[k] = 1;
      out.push({ first, last: i - 1, start: ctx.tokens[first]!.start, end: ctx.tokens[i - 1]!.end, actor, rule: 'listed-company', confidence: 0.7 });
    }
    covered[i + 3] = 1;
    out.push({ first: i + 3, last: i + 3, start: t.start, end: t.end, actor, rule: 'stock-ticker', confidence: 0.7 });
    i += 4;
  }
  return out;
}
