/**
 * PARTNERS_WITH for bodies that launch one thing together: "Đại học A (Nhật Bản) và Đại học B (Mỹ)
 * chính thức ra mắt chương trình …", "A, B và liên doanh C công bố kế hoạch …". The parties are a
 * list that is the sentence's subject (a bracketed home country after an item does not break it),
 * the verb follows with only tense or manner words between, and what it brings out is one plan,
 * programme or venture. "A và B đều công bố kết quả" (each its own) does not match.
 */
import type { ActorSpan } from '../actors/types.ts';
import { findIn, inComplement, listGap, pairsOf, phraseRegex, type SentenceView } from './clause-view.ts';
import { evidenceOf, type RelationDraft } from './relation-draft.ts';
import { BEFORE_VERB, LAUNCH_VERBS, SHARED_THING } from './joint-launch-words.ts';

const VERBS = phraseRegex(LAUNCH_VERBS);
const PARTIES = new Set(['company', 'organization', 'university', 'government']);

/** The list of parties ending right before `offset`, bracketed mentions ("(Nhật Bản)") skipped; `end` is where the list's text ends. */
function listBefore(view: SentenceView, offset: number): { items: ActorSpan[]; end: number } {
  let items: ActorSpan[] = [];
  let end = -1;
  for (const m of view.mentions) {
    if (m.start < view.sentence.start || m.end > offset) continue;
    const last = items[items.length - 1];
    if (last && /^\s*\($/u.test(view.lowered.slice(end, m.start)) && view.lowered[m.end] === ')') {
      end = m.end + 1;
      continue;
    }
    if (last && PARTIES.has(m.actor.kind) && listGap(view, { end }, m)) items.push(m);
    else items = PARTIES.has(m.actor.kind) ? [m] : [];
    // A home country in brackets may be no mention of its own (clause-view's withoutHomeCountries): its text stays with the item.
    end = m.end + (/^\s*\([^()]{1,40}\)/u.exec(view.lowered.slice(m.end, m.end + 44))?.[0].length ?? 0);
  }
  return { items, end };
}

export function findJointLaunches(text: string, view: SentenceView): RelationDraft[] {
  const out: RelationDraft[] = [];
  for (const verb of findIn(VERBS, view, view.sentence)) {
    if (!SHARED_THING.test(view.lowered.slice(verb.end, verb.end + 30))) continue;
    const { items, end } = listBefore(view, verb.start);
    if (items.length < 2 || !BEFORE_VERB.test(view.lowered.slice(end, verb.start)) || inComplement(view, items[0]!)) continue;
    for (const [a, b] of pairsOf(items)) {
      out.push({ type: 'PARTNERS_WITH', from: a.actor.id, to: b.actor.id, role: null, date: null, evidence: evidenceOf(text, { start: items[0]!.start, end: verb.end }, 'joint-launch', 0.55) });
    }
  }
  return out;
}
