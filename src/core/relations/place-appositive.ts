/**
 * LOCATED_IN from an appositive that says what a place is and where: "Bắc Ninh, một tỉnh của Việt
 * Nam", "Tỉnh X, địa phương nhỏ nhất Việt Nam", "Đà Nẵng, thành phố ở miền Trung Việt Nam". The
 * appositive opens with a unit noun and ends at the larger place; the larger place must be the one
 * the reference puts the place in (its country, or its parent), so "X, một tỉnh có nhiều nhà đầu tư
 * Hàn Quốc" names investors' origin, not where X lies.
 */
import type { ActorSpan } from '../actors/types.ts';
import type { SentenceView } from './clause-view.ts';
import { evidenceOf, type RelationDraft } from './relation-draft.ts';
import { APPOSITIVE_END, APPOSITIVE_UNIT } from './place-appositive-words.ts';

/** At most this many words between the unit noun and the larger place. */
const MAX_WORDS = 5;

function appositive(gap: string): boolean {
  const m = APPOSITIVE_UNIT.exec(gap);
  if (!m || !APPOSITIVE_END.test(gap)) return false;
  const rest = gap.slice(m[0].length).trim();
  return rest === '' || rest.split(/\s+/u).length <= MAX_WORDS;
}

/** Whether the reference puts `inner` inside `outer`. */
function holds(inner: ActorSpan, outer: ActorSpan): boolean {
  return inner.actor.country === outer.actor.id || inner.actor.partOf === outer.actor.id;
}

/** `view.mentions` are the names as written. */
export function findPlaceAppositives(text: string, view: SentenceView): RelationDraft[] {
  const out: RelationDraft[] = [];
  const ms = view.mentions;
  for (let i = 0; i < ms.length; i++) {
    const place = ms[i]!;
    if (place.actor.kind !== 'place') continue;
    // The larger place is the next mention; nothing named may stand between.
    const outer = ms[i + 1];
    if (!outer || (outer.actor.kind !== 'country' && outer.actor.kind !== 'place') || outer.actor.id === place.actor.id) continue;
    if (!holds(place, outer) || !appositive(view.lowered.slice(place.end, outer.start))) continue;
    out.push({ type: 'LOCATED_IN', from: place.actor.id, to: outer.actor.id, role: null, date: null, evidence: evidenceOf(text, { start: place.start, end: outer.end }, 'place-appositive', 0.55) });
  }
  return out;
}
