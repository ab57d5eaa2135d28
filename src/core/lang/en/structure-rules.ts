/**
 * English relations about how actors sit together: SUBSIDIARY_OF ("VinBrain, a unit of Vingroup",
 * "a subsidiary of", "owned by", "Samsung's subsidiary X") and LOCATED_IN ("Vietnamese tech giant
 * FPT" → its home country, "South Korea's Samsung", "Hanoi-based X", "X, the Hanoi-based firm", "X, based in Y", "X (Japan)",
 * "the X plant in Y", "Yen Phong district, Bac Ninh province").
 */
import type { ActorSpan } from '../../actors/types.ts';
import type { SentenceView } from '../../relations/clause-view.ts';
import { evidenceOf, type RelationDraft } from '../../relations/relation-draft.ts';
import { POSSESSIVE_GAP } from './clause.ts';

const BODIES = new Set(['government', 'organization', 'company', 'university', 'facility']);
const WHERE = new Set(['place', 'country', 'facility']);
const GEO = new Set(['place', 'country']);

const UNIT_OF = /^\s*,?\s*(?:\(\s*)?(?:(?:is|was|which is)\s+)?(?:a|an|the)?\s*(?:[\p{L}-]+\s+){0,4}?(?:unit|subsidiary|arm|affiliate|division|branch|member|part|subsidiary company|member company|wholly[- ]owned subsidiary|joint venture)\s+(?:of|under)\s+(?:the\s+)?$|^\s*,?\s*(?:(?:which is|is|was)\s+)?(?:(?:wholly|fully|majority|partly)[- ])?owned by\s+(?:the\s+)?$|^\s*,\s*(?:a|an)\s+(?:[\p{L}-]+\s+){0,3}?(?:startup|company|firm|platform|developer|maker|venture|brand)\s+under\s+(?:the\s+)?$/u;
const PARENT_OF = /^[’']s\s+(?:[\p{L}-]+\s+){0,2}?(?:unit|subsidiary|arm|affiliate|division|branch)\s*,?\s*$/u;
const BASED_IN = /^\s*,?\s*(?:which is\s+|is\s+)?(?:based|headquartered|located|registered)\s+in\s+(?:the\s+)?$/u;
const BASED_AFTER = /^-(?:based|headquartered)\b/u;
const PLACED_IN = /^\s+(?:in|at)\s+(?:the\s+)?$/u;
/** A place whose own name ends with its unit ('Cu Chi District', 'Bac Ninh Province') is one level of a chain. */
const ADMIN_END = /\s(?:province|district|commune|ward|town|prefecture|county)$/u;
/** An industrial park or zone by its own name. */
const PARK = /(?:industrial (?:park|zone|cluster)|hi-tech park|high-tech park|export processing zone|economic zone)$/u;
const ADMIN_AFTER = /^\s*(?:province|city|district|commune|town|ward|prefecture|county|state)\b/u;

function push(out: RelationDraft[], type: 'LOCATED_IN' | 'SUBSIDIARY_OF', a: ActorSpan, b: ActorSpan, text: string, range: { start: number; end: number }, rule: string, confidence: number): void {
  if (a.actor.id === b.actor.id) return;
  out.push({ type, from: a.actor.id, to: b.actor.id, role: null, date: null, evidence: evidenceOf(text, range, rule, confidence) });
}

/** Structure relations between neighbouring mentions of one sentence (names as written, titles not folded in). */
export function findEnglishStructure(text: string, view: SentenceView): RelationDraft[] {
  const out: RelationDraft[] = [];
  const ms = view.mentions;
  const low = view.lowered;
  for (let i = 0; i < ms.length; i++) {
    const a = ms[i]!;
    if (a.rule === 'en-demonym') {
      // "Vietnamese tech giant FPT": the country is the next name's home.
      const b = ms[i + 1];
      if (b && BODIES.has(b.actor.kind) && b.start - a.end < 50) {
        push(out, 'LOCATED_IN', b, a, text, { start: a.start, end: b.end }, 'en-demonym-home', 0.65);
        // "Japanese giants Tokyo Gas, Marubeni and Aeon Mall": a plural descriptor gives every name listed after it the same home.
        if (/\s[a-z]+s\s+$/u.test(low.slice(a.end, b.start))) {
          let prev = b;
          for (let j = i + 2; j < ms.length; j++) {
            const c = ms[j]!;
            if (!BODIES.has(c.actor.kind) || !/^\s*(?:,\s*(?:and\s+)?|and\s+)$/u.test(low.slice(prev.end, c.start))) break;
            push(out, 'LOCATED_IN', c, a, text, { start: a.start, end: c.end }, 'en-demonym-home-list', 0.6);
            prev = c;
          }
        }
      }
      continue;
    }
    const b = ms[i + 1];
    if (!b) continue;
    const gap = low.slice(a.end, b.start);
    const range = { start: a.start, end: b.end };
    // "South Korea's Samsung", "Japan's SoftBank": a country's possessive before a company.
    // "Singapore's Agency for Science, Technology and Research", "India's Ministry of Commerce": a body's own country.
    if (a.actor.kind === 'country' && BODIES.has(b.actor.kind) && POSSESSIVE_GAP.test(gap)) push(out, 'LOCATED_IN', b, a, text, range, 'en-country-possessive', 0.6);
    // "Hanoi-based FPT", "US-based Marvell".
    if (GEO.has(a.actor.kind) && BODIES.has(b.actor.kind) && /^-(?:based|headquartered)\s+(?:(?:[a-z-]+\s+){0,3})$/u.test(gap)) push(out, 'LOCATED_IN', b, a, text, range, 'en-x-based', 0.7);
    if (BODIES.has(a.actor.kind) && GEO.has(b.actor.kind) && BASED_IN.test(gap)) push(out, 'LOCATED_IN', a, b, text, range, 'en-based-in', 0.7);
    // "Vingroup, the Hanoi-based company", "SAM, the Ho Chi Minh City-based US private equity firm": the appositive's place, and the country of its descriptor.
    if (BODIES.has(a.actor.kind) && GEO.has(b.actor.kind) && /^\s*,\s*(?:the|a|an)\s+$/u.test(gap) && BASED_AFTER.test(low.slice(b.end, b.end + 16))) {
      push(out, 'LOCATED_IN', a, b, text, range, 'en-appositive-based', 0.65);
      const c = ms[i + 2];
      if (c && c.actor.kind === 'country' && b.actor.kind !== 'country' && BASED_AFTER.test(low.slice(b.end, c.start)) && /^-\S+\s+$/u.test(low.slice(b.end, c.start))) {
        push(out, 'LOCATED_IN', a, c, text, { start: a.start, end: c.end }, 'en-appositive-based', 0.6);
      }
    }
    // "Amkor Technology Vietnam in Bac Ninh", "the plant in Thai Nguyen": a facility or company and its place.
    if ((a.actor.kind === 'facility' || a.actor.kind === 'company' || a.actor.kind === 'place') && WHERE.has(b.actor.kind) && PLACED_IN.test(gap) && !/^\s*(?:invest|pour|inject)/u.test(low.slice(Math.max(0, a.start - 12), a.start))) {
      if (a.actor.kind !== 'place' || b.actor.kind !== 'facility') push(out, 'LOCATED_IN', a, b, text, range, 'en-x-in-y', 0.6);
    }
    // "Yen Phong Industrial Park, Bac Ninh province", "in Yen Phong district, Bac Ninh": each in the next.
    if (WHERE.has(a.actor.kind) && b.actor.kind === 'place' && /^\s*(?:(?:province|city|district|commune|town|ward)\s*)?,\s*$/u.test(gap)
      && (ADMIN_AFTER.test(low.slice(b.end, b.end + 12)) || /(?:province|district|city|commune)\s*,\s*$/u.test(gap) || ADMIN_END.test(low.slice(a.start, a.end)) || a.actor.kind === 'facility')) {
      push(out, 'LOCATED_IN', a, b, text, range, 'en-comma-admin-place', 0.6);
    }
    // "Tan Phu Trung Industrial Park (Cu Chi District, HCMC)": the first place of a bracketed chain holds the park.
    if (b.actor.kind === 'place' && /^\s*\(\s*$/u.test(gap) && low[b.end] === ',' && (a.actor.kind === 'facility' || PARK.test(low.slice(a.start, a.end)))) {
      push(out, 'LOCATED_IN', a, b, text, { start: a.start, end: b.end }, 'en-x-paren-chain', 0.6);
    }
    // "Hana Micron (South Korea)", "Mitsubishi (Japan)": a body's home country or a place's larger place.
    if (GEO.has(b.actor.kind) && /^\s*\(\s*$/u.test(gap) && low[b.end] === ')' && (WHERE.has(a.actor.kind) || (BODIES.has(a.actor.kind) && b.actor.kind === 'country'))) {
      push(out, 'LOCATED_IN', a, b, text, { start: a.start, end: b.end + 1 }, 'en-x-paren-y', 0.65);
    }
    if (BODIES.has(a.actor.kind) && BODIES.has(b.actor.kind) && gap.length <= 80) {
      // "VinBrain, a unit of Vingroup", "X, owned by Y", "X, a healthcare startup under Y".
      if (UNIT_OF.test(gap)) push(out, 'SUBSIDIARY_OF', a, b, text, range, 'en-unit-of', 0.7);
      // "Samsung's subsidiary Samsung Display", "Vingroup's unit VinFast".
      else if (PARENT_OF.test(gap)) push(out, 'SUBSIDIARY_OF', b, a, text, range, 'en-parent-s-unit', 0.65);
    }
  }
  return out;
}
