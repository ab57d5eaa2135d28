/**
 * Places the gazetteer lacks, named by their administrative unit: "huyện Củ Chi", "xã Tân Phú Trung",
 * "đặc khu Côn Đảo", "tỉnh Hậu Giang". The unit word is lower-case in running text; the name is one to
 * three capitalised Vietnamese words.
 */
import { slugify } from '../text/fold.ts';
import { keyOf } from './gazetteer-matcher.ts';
import { adjacent, capAt, isLatinName, lowerAt, type ScanContext } from './scan-context.ts';
import type { ActorSpan } from './types.ts';
import { SURNAMES } from './vietnamese-words.ts';

const UNITS = new Set(['huyện', 'quận', 'thị xã', 'thị trấn', 'xã', 'phường', 'đặc khu', 'tỉnh', 'thành phố']);
const MAX_WORDS = 3;

/** Last token of the unit word starting at i, or -1. */
function unitEnd(ctx: ScanContext, i: number): number {
  const w = lowerAt(ctx, i);
  if (UNITS.has(`${w} ${lowerAt(ctx, i + 1)}`) && adjacent(ctx, i + 1)) return i + 1;
  return UNITS.has(w) ? i : -1;
}

/** Whether ", <unit word>" starts at token k: the next level of an address. */
function chainFollows(ctx: ScanContext, k: number): boolean {
  return ctx.tokens[k]?.key === ',' && unitEnd(ctx, k + 1) >= 0;
}

export function findAdminPlaces(ctx: ScanContext): ActorSpan[] {
  const spans: ActorSpan[] = [];
  // "UBND tỉnh Bắc Giang" is a known body: a unit word inside a gazetteer name is not read again.
  const inKnown = new Uint8Array(ctx.tokens.length + 1);
  for (const s of ctx.gazAt.values()) for (let k = s.first; k <= s.last; k++) inKnown[k] = 1;
  for (let i = 0; i < ctx.tokens.length; i++) {
    if (!ctx.tokens[i]!.word || inKnown[i]) continue;
    const u = unitEnd(ctx, i);
    if (u < 0) continue;
    // "Thành phố" at a sentence start is a unit too; a capitalised unit mid-sentence is part of a longer name.
    let last = u;
    while (last - u < MAX_WORDS && capAt(ctx, last + 1) && adjacent(ctx, last + 1) && !isLatinName(ctx, last + 1)
      && !ctx.gazAt.has(last + 1) && !(last - u >= 2 && SURNAMES.has(ctx.tokens[last + 1]!.key))) last++;
    // A person's name ("xã trưởng Nguyễn Văn A") is not a place: names rarely start with a surname.
    // … unless the next unit of a chain follows it: "huyện Vân Canh, tỉnh Bình Định".
    if (last === u || (SURNAMES.has(ctx.tokens[u + 1]!.key) && !chainFollows(ctx, last + 1))) {
      i = u;
      continue;
    }
    const name = ctx.text.slice(ctx.tokens[u + 1]!.start, ctx.tokens[last]!.end);
    const surface = ctx.text.slice(ctx.tokens[i]!.start, ctx.tokens[last]!.end);
    const actor = ctx.gaz.byKey.get(keyOf(name))
      ?? { id: slugify(name), name, kind: 'place' as const, country: 'vietnam', source: 'pattern' as const, aliases: [name, surface], partOf: null };
    spans.push({ first: i, last, start: ctx.tokens[i]!.start, end: ctx.tokens[last]!.end, actor, rule: 'admin-unit-place', confidence: 0.7 });
    i = last;
  }
  return spans;
}
