/**
 * PARTNERS_WITH for the two parties an English cooperation names after "between", however far the
 * cooperation word stands before it: "The MoUs include …, LNG cooperation between PetroVietnam's
 * unit PTSC and Excelerate Energy, and AI and data centre development between Sovico Group and
 * Supermicro". The trigger rules read "between" only close to their verb; this reads each
 * "between A and B" of a sentence that names an agreement before it. "X's unit Y" is Y.
 */
import { findIn, institutional, phraseRegex, type SentenceView } from '../../relations/clause-view.ts';
import { evidenceOf, type RelationDraft } from '../../relations/relation-draft.ts';

const AGREEMENT = phraseRegex([
  'mou', 'mous', 'memorandum', 'memoranda', 'agreement', 'agreements', 'deal', 'deals', 'cooperation', 'co-operation',
  'collaboration', 'partnership', 'partnerships', 'pact', 'contract', 'contracts', 'joint venture', 'alliance', 'signed', 'inked',
]);
/** Parties: bodies and countries. */
const PARTIES = new Set(['company', 'organization', 'university', 'government', 'country', 'facility']);
const BETWEEN = /(?:^|\s)between\s+(?:the\s+)?$/u;
const AND = /^\s*(?:,\s*)?(?:and|&)\s+(?:the\s+)?$/u;
/** "PetroVietnam's unit PTSC": the unit named after the possessive is the party. */
const UNIT_OF = /^['’]s\s+(?:[\p{L}-]+\s+){1,2}$/u;

export function findEnglishBetweenParties(text: string, view: SentenceView): RelationDraft[] {
  const { sentence, lowered, mentions } = view;
  const cue = findIn(AGREEMENT, view, sentence)[0];
  if (!cue) return [];
  const out: RelationDraft[] = [];
  for (let i = 0; i < mentions.length; i++) {
    let a = mentions[i]!;
    if (a.start < cue.end || !BETWEEN.test(lowered.slice(Math.max(sentence.start, a.start - 14), a.start))) continue;
    let j = i + 1;
    while (mentions[j] && UNIT_OF.test(lowered.slice(a.end, mentions[j]!.start))) a = mentions[j++]!;
    // "between A, B, and C": the list runs on through commas to the name after "and".
    const parties = [a];
    let last = a;
    for (; mentions[j]; j++) {
      const gap = lowered.slice(last.end, mentions[j]!.start);
      if (!AND.test(gap) && !/^\s*,\s*$/u.test(gap)) break;
      last = mentions[j]!;
      parties.push(last);
      if (AND.test(gap)) break;
    }
    if (parties.length < 2 || !AND.test(lowered.slice(parties[parties.length - 2]!.end, last.start))) continue;
    for (let x = 0; x < parties.length; x++) {
      for (let y = x + 1; y < parties.length; y++) {
        const pa = parties[x]!;
        const pb = parties[y]!;
        if (!PARTIES.has(pa.actor.kind) || !PARTIES.has(pb.actor.kind)) continue;
        const from = institutional(view, pa.actor.id);
        const to = institutional(view, pb.actor.id);
        if (from === to) continue;
        out.push({ type: 'PARTNERS_WITH', from, to, role: null, date: null, evidence: evidenceOf(text, { start: pa.start, end: pb.end }, 'en-partners-between', 0.6) });
      }
    }
  }
  return out;
}
