/**
 * A known company followed by more Latin name words is a longer, different company: "Tập đoàn
 * Hanwha Aerospace" is Hanwha Aerospace, not Hanwha plus a brand "Aerospace"; "Hanwha Vina",
 * "Intel Products Vietnam" and "Samsung Việt Nam" are local units (separate actors, GOLD rule 4).
 */
import { slugify } from '../text/fold.ts';
import { matchAt } from './phrase-trie.ts';
import { adjacent, capAt, isLatinName, type ScanContext } from './scan-context.ts';
import { orgHeadTrie } from './org-heads.ts';
import { titleTrie } from './titles.ts';
import type { ActorSpan } from './types.ts';

const MAX_WORDS = 3;

/** A title ends right before token i ("Tổng giám đốc Nvidia …"): a person's name may follow the company. */
function titleBefore(ctx: ScanContext, i: number): boolean {
  for (let k = Math.max(0, i - 4); k < i; k++) {
    if (matchAt(titleTrie(), ctx.tokens, ctx.ids, k).some((h) => h.last === i - 1)) return true;
  }
  return false;
}

/** Where the name proper starts in a span: after its organisation head ("Tập đoàn", "Công ty TNHH"). */
function afterHead(ctx: ScanContext, s: ActorSpan): number {
  let first = s.first;
  for (const hit of matchAt(orgHeadTrie(), ctx.tokens, ctx.ids, s.first)) {
    if (hit.last < s.last) first = Math.max(first, hit.last + 1);
  }
  return first;
}

/** "Việt Nam" / "Vietnam" named at token k: the last token of that name, or -1. */
function vietnamEndingAt(ctx: ScanContext, k: number): number {
  const s = ctx.gazAt.get(k);
  if (!s || s.actor.id !== 'vietnam') return -1;
  return /^vi[eệ]t ?nam$/iu.test(ctx.text.slice(s.start, s.end)) ? s.last : -1;
}

/** The extended span for company span s, or null. */
function extend(ctx: ScanContext, s: ActorSpan): ActorSpan | null {
  let last = s.last;
  let words = 0;
  let capitals = true;
  const allCaps = (k: number) => /^[A-Z0-9]{2,}$/.test(ctx.text.slice(ctx.tokens[k]!.start, ctx.tokens[k]!.end));
  // "NVIDIA APAC": a region written in capitals right after the company names its regional unit.
  const free = (k: number) => {
    const g = ctx.gazAt.get(k);
    return !g || (g.first === g.last && g.actor.kind === 'place' && capitals && allCaps(k));
  };
  while (words < MAX_WORDS && isLatinName(ctx, last + 1) && adjacent(ctx, last + 1) && free(last + 1)) {
    // "NVIDIA APAC SOUTH Dennis": a run in capitals ends where ordinary writing starts.
    if (words > 0 && capitals && !allCaps(last + 1)) break;
    last++;
    words++;
    if (!allCaps(last)) capitals = false;
  }
  // "X Việt Nam" / "X Vietnam": the country as the last word of a local unit's name.
  const vn = adjacent(ctx, last + 1) ? vietnamEndingAt(ctx, last + 1) : -1;
  let local = false;
  if (vn >= 0 && !capAt(ctx, vn + 1)) {
    last = vn;
    local = true;
  }
  if (last === s.last) return null;
  // After a title, a capitalised word may start the person's name ("CEO Nvidia Jensen Huang"); words in
  // capitals are still the unit's ("Giám đốc NVIDIA APAC SOUTH Dennis Ang"): names are not written so.
  const titled = titleBefore(ctx, s.first);
  if (!local && titled && !capitals) return null;
  // The run must end the capitalised stretch: "Nvidia Jensen Huang" without a title is a name list,
  // "NVIDIA AI Day" an event's name.
  const next = adjacent(ctx, last + 1) ? ctx.text.slice(ctx.tokens[last + 1]?.start ?? 0, ctx.tokens[last + 1]?.end ?? 0) : '';
  if (!(titled && capitals) && capAt(ctx, last + 1) && (isLatinName(ctx, last + 1) || /^[A-Z][a-z]+$/.test(next))) return null;
  const from = afterHead(ctx, s);
  const name = ctx.text.slice(ctx.tokens[from]!.start, ctx.tokens[last]!.end);
  const surface = ctx.text.slice(s.start, ctx.tokens[last]!.end);
  const aliases = surface === name ? [name] : [name, surface];
  return {
    first: s.first, last, start: s.start, end: ctx.tokens[last]!.end,
    actor: { id: slugify(name), name, kind: 'company', country: null, source: 'pattern', aliases, partOf: null },
    rule: local ? 'company-local-unit' : 'company-longer-name', confidence: 0.7,
  };
}

/** Company spans replaced by their longer names, and the spans those swallow dropped. */
export function extendCompanies(ctx: ScanContext, spans: readonly ActorSpan[]): ActorSpan[] {
  const out: ActorSpan[] = [];
  let swallowedTo = -1;
  for (const s of spans) {
    if (s.first <= swallowedTo) continue;
    const longer = s.actor.kind === 'company' ? extend(ctx, s) : null;
    if (longer) swallowedTo = longer.last;
    out.push(longer ?? s);
  }
  return out;
}
