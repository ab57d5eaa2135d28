/**
 * LOCATED_IN for a park named after its province or city: "Khu công nghệ cao TP. HCM", "Khu công
 * nghiệp VSIP Nghệ An" lie in that place. Only the name's last words count (a place at the end, as
 * Vietnamese names a park's site), and only a province-level place the article names on its own
 * too (the relation is dropped when the place is not among the article's actors). When the text
 * places the park in a district right after its name, that chain says where it lies instead.
 */
import type { ActorCandidate } from '../actors/types.ts';
import type { SentenceView } from './clause-view.ts';
import { evidenceOf, type RelationDraft } from './relation-draft.ts';
import { isPark } from './structure-rules.ts';

const MAX_PLACE_WORDS = 4;
/** A numbered phase after the place ("VSIP Bắc Ninh II") names a park of its own, still in the place. */
const PHASE = /^(?:[IVX]+|\d+)(?:-[A-Z])?$/u;

export function findParkInName(text: string, view: SentenceView, lookup: (name: string) => ActorCandidate | undefined): RelationDraft[] {
  const out: RelationDraft[] = [];
  const ms = view.mentions;
  for (let i = 0; i < ms.length; i++) {
    const m = ms[i]!;
    if (!isPark(m.actor)) continue;
    // "Khu công nghiệp VSIP Bắc Ninh II, huyện Yên Phong": the text places the park itself, one level down.
    const next = ms[i + 1];
    if (next && next.actor.kind === 'place' && /^\s*[,(]\s*$/u.test(view.lowered.slice(m.end, next.start))) continue;
    let words = text.slice(m.start, m.end).split(/\s+/u);
    if (words.length > 2 && PHASE.test(words[words.length - 1]!)) words = words.slice(0, -1);
    for (let n = Math.min(MAX_PLACE_WORDS, words.length - 2); n >= 1; n--) {
      const place = lookup(words.slice(words.length - n).join(' '));
      if (!place || place.kind !== 'place' || place.id === m.actor.id || isPark(place)) continue;
      out.push({ type: 'LOCATED_IN', from: m.actor.id, to: place.id, role: null, date: null, evidence: evidenceOf(text, m, 'park-in-name', 0.5) });
      break;
    }
  }
  return out;
}
