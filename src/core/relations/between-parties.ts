/**
 * PARTNERS_WITH for the parties a cooperation names after "giữa", however long the cooperation's
 * own noun phrase: "Lễ ký kết hợp tác thành lập Trung tâm X (…) giữa A (NIC), B và C" (every pair),
 * and "sự phối hợp giữa A và các đối tác: B, C, D" (A with each partner, the partners not with one
 * another), and the members a consortium's noun lists ("liên danh A (Trung Quốc) và B"). The trigger rules read "giữa" only a few words after the verb and stop a list at a
 * bracket or a colon; this reads on to the end of the list, within the sentence.
 */
import type { ActorSpan } from '../actors/types.ts';
import { findIn, institutional, listGap, pairsOf, phraseRegex, type SentenceView } from './clause-view.ts';
import { evidenceOf, type RelationDraft } from './relation-draft.ts';
import { BETWEEN_COOPERATION, CONSORTIUMS, PARTNER_LIST_OPENER } from './between-words.ts';

const COOPERATION = phraseRegex([...BETWEEN_COOPERATION, ...CONSORTIUMS]);
const CONSORTIUM = new Set(CONSORTIUMS);
/** From a consortium's noun to its first member: "liên danh A và B", "liên danh nhà đầu tư gồm A", "Liên danh X, gồm 3 đơn vị là A (…), B …". */
const CONSORTIUM_TO_FIRST = /^\s+(?:[^,.;:]{1,40},\s*(?=gồm))?(?:(?:các\s+)?nhà đầu tư\s+)?(?:(?:gồm(?:\s+(?:\d+|hai|ba|bốn|năm)\s+(?:đơn vị|doanh nghiệp|công ty|thành viên))?(?:\s+là)?|của|giữa)\s+)?$/u;
/** The cooperation's own phrase up to "giữa": no comma, semicolon or colon (another clause), not too long. */
const MAX_REACH = 120;
const PHRASE_TO_BETWEEN = /^[^,;:.!?]*?(?:^|\s)giữa\s+$/u;
/** Parties: bodies and countries; a person stands for the body they hold a role in. */
const PARTIES = new Set(['company', 'organization', 'university', 'government', 'country', 'facility']);

/** The mention and the ones listed after it ("A (NIC), B và C"): a bracketed repeat of a name is skipped. */
function listFrom(view: SentenceView, first: ActorSpan, end: number): ActorSpan[] {
  const out = [first];
  let last = first;
  for (const m of view.mentions) {
    if (m.start <= last.start || m.end > end) continue;
    const bracket = /^\s*\($/u.test(view.lowered.slice(last.end, m.start));
    // "Trung tâm … (NIC)", "Tập đoàn Hoa Điện (Trung Quốc)": a repeat of the name or its home in brackets; the list goes on after.
    if (bracket && (m.actor.id === last.actor.id || ((m.actor.kind === 'country' || m.actor.kind === 'place') && /^\s*\)/u.test(view.lowered.slice(m.end))))) {
      last = { ...last, end: view.lowered.indexOf(')', m.end) + 1 || m.end };
      continue;
    }
    if (!PARTIES.has(m.actor.kind) && m.actor.kind !== 'person') break;
    if (!listGap(view, last, m)) break;
    out.push(m);
    last = m;
  }
  return out;
}

/** The party or parties at `offset` (the word right after "giữa"), or after a partner-list opener. */
function firstAt(view: SentenceView, offset: number, end: number): ActorSpan | undefined {
  const m = view.mentions.find((x) => x.start >= offset && x.end <= end);
  return m && /^\s*$/u.test(view.lowered.slice(offset, m.start)) ? m : undefined;
}

export function findBetweenParties(text: string, view: SentenceView): RelationDraft[] {
  const out: RelationDraft[] = [];
  const { sentence, lowered } = view;
  const semicolon = lowered.indexOf(';', sentence.start);
  const end = semicolon >= 0 && semicolon < sentence.end ? semicolon : sentence.end;
  const push = (a: ActorSpan, b: ActorSpan, rule: string) => {
    const from = institutional(view, a.actor.id);
    const to = institutional(view, b.actor.id);
    if (from === to || !PARTIES.has(kindOf(view, a, from)) || !PARTIES.has(kindOf(view, b, to))) return;
    out.push({ type: 'PARTNERS_WITH', from, to, role: null, date: null, evidence: evidenceOf(text, { start: a.start, end: b.end }, rule, 0.6) });
  };
  for (const cue of findIn(COOPERATION, view, { start: sentence.start, end })) {
    // "liên danh Tập đoàn A (Trung Quốc) và Công ty B": a consortium's members follow its noun.
    if (CONSORTIUM.has(cue.text)) {
      const member = view.mentions.find((m) => m.start >= cue.end && m.end <= end);
      if (member && CONSORTIUM_TO_FIRST.test(lowered.slice(cue.end, member.start))) {
        const members = listFrom(view, member, end);
        if (members.length >= 2) for (const [a, b] of pairsOf(members)) push(a, b, 'partners-consortium');
        continue;
      }
    }
    const window = lowered.slice(cue.end, Math.min(end, cue.end + MAX_REACH));
    const at = /(?:^|\s)giữa\s+/u.exec(window);
    if (!at || !PHRASE_TO_BETWEEN.test(window.slice(0, at.index + at[0].length))) continue;
    const first = firstAt(view, cue.end + at.index + at[0].length, end);
    if (!first) continue;
    const parties = listFrom(view, first, end);
    // "giữa A và các đối tác: B, C": A's partners, listed after the opener.
    const tail = lowered.slice(parties[parties.length - 1]!.end, end);
    const opener = PARTNER_LIST_OPENER.exec(tail);
    if (opener && parties.length === 1) {
      const partner = firstAt(view, parties[0]!.end + opener[0].length, end);
      if (partner) for (const p of listFrom(view, partner, end)) push(parties[0]!, p, 'partners-between:list');
      continue;
    }
    if (parties.length < 2) continue;
    for (const [a, b] of pairsOf(parties)) push(a, b, 'partners-between');
  }
  return out;
}

/** The kind of the actor `id` a mention stands for (a person's body is not in the sentence's mentions). */
function kindOf(view: SentenceView, m: ActorSpan, id: string): string {
  return id === m.actor.id ? m.actor.kind : 'organization';
}
