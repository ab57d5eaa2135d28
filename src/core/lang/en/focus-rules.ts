/**
 * FOCUSES_ON in English: an organisation whose business, cooperation, investment or plan the text
 * ties to a sector. For each clause naming a sector with a cue ("invest in AI", "a semiconductor
 * company", "cooperation in chip design"), the focusers are the clause's subjects and its partners
 * ("with X", "between X and Y"), else the sentence's; "It also …" carries the last subject on.
 * A sector keyword glued to a name ("chipmaker Amkor", "AI startup VinBrain") is that name's focus.
 */
import type { ActorSpan } from '../../actors/types.ts';
import { findIn, phraseRegex, wordBefore, type SentenceView } from '../../relations/clause-view.ts';
import { evidenceOf, type RelationDraft } from '../../relations/relation-draft.ts';
import type { SectorHit } from '../../sectors/sector-matcher.ts';
import { inComplementEn, listedEn, subjectsBeforeEn } from './clause.ts';
import { REQUESTS_EN } from './pledge-cues.ts';

const forms = (...groups: string[]) => groups.flatMap((g) => g.split('|'));

const CUES = phraseRegex(forms(
  'invest|invests|invested|investing|investment|investments|cooperation|cooperate|collaboration|collaborate|partnership|partner|partners',
  'develop|develops|developing|development|produce|produces|production|manufacture|manufactures|manufacturing|research|focus|focuses|focused',
  'specialise|specializes|specialises|specialize|specialising|specializing|build|builds|building|expand|expands|expansion|supply|supplies',
  'design|designs|provide|provides|provider|maker|firm|company|giant|startup|group|leader|player|industry|sector|field|fields|areas|area',
  'plant|factory|centre|center|hub|project|projects|ecosystem|strategy|priority|priorities|promote|boost|support|supports|deploy|deploys',
  'apply|application|applications|solutions|services|technology|technologies|business|operations|operates|train|training|talent',
  // The other forms of the verbs above: "are expanding their data centres", "has built", "designed".
  'expanding|expanded|built|developed|produced|producing|manufactured|designed|designing|provided|providing|supplied|supplying',
  'deployed|deploying|applied|applying|supported|supporting|operate|operated|operating|promoted|promoting|boosted|boosting|focusing|focussing',
));
const COOPERATION = phraseRegex(forms('cooperation|cooperate|cooperates|collaboration|collaborate|partnership|partner|partners|partnered|agreement|mou|memorandum'));
const PARTNER_WORDS = new Set(['with', 'between', 'and']);
const NOT_FOCUS = new Set(['education-training']);
const NEGATION = phraseRegex(forms('lack|lacks|lacking|shortage|weak|without|not|no'));
const FOCUSERS = new Set(['company', 'organization', 'university', 'government', 'facility']);
const SUCH_AS = /^(?:\s+[a-z-]+){0,2}?\s+(?:companies|firms|makers|chipmakers|giants|players|groups|corporations|businesses|startups|manufacturers|designers|developers|providers|suppliers|operators)\s+(?:such as|including|like)\s+$/u;
const ANAPHOR = /^[^\p{L}]*(?:(?:it|they|the (?:company|firm|group|corporation|giant|startup|centre|center|institute|university|fund|ministry|agency))\s)/u;

export interface EnFocusCarry {
  subjects: string[];
  age: number;
}

type Range = { start: number; end: number };

function ids(spans: readonly ActorSpan[], view: SentenceView): string[] {
  const out: string[] = [];
  for (const m of spans) {
    const id = FOCUSERS.has(m.actor.kind) ? m.actor.id : m.actor.kind === 'person' ? view.roleBody?.get(m.actor.id) : undefined;
    if (id !== undefined && !out.includes(id)) out.push(id);
  }
  return out;
}

function partners(view: SentenceView, range: Range): ActorSpan[] {
  if (findIn(COOPERATION, view, range).length === 0) return [];
  const out: ActorSpan[] = [];
  for (const m of view.mentions) {
    if (m.start < range.start || m.end > range.end) continue;
    const prev = out[out.length - 1];
    if (PARTNER_WORDS.has(wordBefore(view.lowered, m.start)) || (prev && listedEn(view, prev, m))) out.push(m);
  }
  return out;
}

/** "AI and data centre development between Sovico and Supermicro": the sector belongs to the pair it names, not to the sentence's subjects. */
const BETWEEN = /^(?:\s+[\p{L}-]+){0,5}?\s+between\s+(?:the\s+)?$/u;
function betweenParties(view: SentenceView, s: SectorHit, range: Range): ActorSpan[] {
  const first = view.mentions.find((m) => m.start >= s.end && m.end <= range.end);
  if (!first || first.start - s.end > 60 || !BETWEEN.test(view.lowered.slice(s.end, first.start))) return [];
  const second = view.mentions.find((m) => m.start >= first.end && m.end <= range.end);
  return second && /^\s+and\s+(?:the\s+)?$/u.test(view.lowered.slice(first.end, second.start)) ? [first, second] : [first];
}

/** "X urged Y to invest in AI": Y is the one the sector is asked of, and it is not yet Y's focus. */
function asked(view: SentenceView, offset: number): boolean {
  return findIn(REQUESTS_EN, view, { start: view.sentence.start, end: offset }).some((h) => /urged|asked|called on|calls on|invited|encouraged/u.test(h.text));
}

/**
 * `headline` maps a sector id to the headline sector it falls under (itself, or an ancestor), or
 * null: a focus is stated at that level.
 */
export function findEnglishFocus(text: string, view: SentenceView, sectors: readonly SectorHit[], carry: EnFocusCarry, headline: (id: string) => string | null): RelationDraft[] {
  const out: RelationDraft[] = [];
  const push = (id: string, target: string, range: Range, rule: string, confidence: number) => {
    out.push({ type: 'FOCUSES_ON', from: id, to: target, role: null, date: null, evidence: evidenceOf(text, range, rule, confidence) });
  };
  for (const s of sectors) {
    const target = headline(s.sector.id);
    if (!target || NOT_FOCUS.has(s.sector.id)) continue;
    // "chipmaker Amkor", "AI startup VinBrain", "semiconductor firm Hana Micron": the keyword describes the name right after.
    const next = view.mentions.find((m) => m.start >= s.end && m.start - s.end <= 24 && FOCUSERS.has(m.actor.kind));
    if (next && /^(?:\s+[a-z-]+){0,2}\s+$/u.test(view.lowered.slice(s.end, next.start)) && /(?:maker|firm|company|giant|startup|group|provider|developer|designer|manufacturer|producer|supplier|player|specialist|operator|chipmaker)?\s+$/u.test(view.lowered.slice(s.end, next.start))) {
      push(next.actor.id, target, { start: s.start, end: next.end }, 'en-focus-descriptor', 0.6);
    }
    // "chip design companies such as Synopsys, Cadence and Arm": each listed name.
    if (next && next.start - s.end <= 60 && SUCH_AS.test(view.lowered.slice(s.end, next.start))) {
      let prev = next;
      push(next.actor.id, target, { start: s.start, end: next.end }, 'en-focus-descriptor', 0.6);
      for (const m of view.mentions) {
        if (m.start <= prev.start) continue;
        if (!FOCUSERS.has(m.actor.kind) || !listedEn(view, prev, m)) break;
        push(m.actor.id, target, { start: s.start, end: m.end }, 'en-focus-descriptor', 0.6);
        prev = m;
      }
    }
  }
  if (sectors.length > 0 && findIn(CUES, view, view.sentence).length > 0) {
    const anySubject = view.mentions.some((m) => m.actor.kind !== 'person' && !inComplementEn(view, m));
    for (const clause of view.clauses) {
      if (findIn(NEGATION, view, clause).length > 0) continue;
      const together = partners(view, clause);
      for (const s of sectors) {
        if (s.start < clause.start || s.end > clause.end || NOT_FOCUS.has(s.sector.id)) continue;
        const target = headline(s.sector.id);
        if (!target || asked(view, s.start)) continue;
        let rule = 'en-focus-clause-subject';
        const scoped = betweenParties(view, s, clause);
        let who = scoped.length > 0 ? ids(scoped, view) : ids([...subjectsBeforeEn(view, clause, s.start), ...together], view);
        if (who.length === 0) {
          rule = 'en-focus-sentence-subject';
          who = ids(subjectsBeforeEn(view, view.sentence, s.start), view);
        }
        if (who.length === 0 && !anySubject && ANAPHOR.test(view.lowered.slice(view.sentence.start, view.sentence.start + 30))) {
          rule = 'en-focus-carried-subject';
          who = carry.subjects;
        }
        for (const id of who) push(id, target, clause, rule, rule === 'en-focus-carried-subject' ? 0.4 : 0.55);
      }
    }
  }
  const subjects = view.mentions.filter((m) => m.actor.kind !== 'person' && !inComplementEn(view, m));
  if (subjects.length > 0) {
    carry.subjects = ids(subjects, view);
    carry.age = 0;
  } else if (++carry.age > 1) {
    carry.subjects = [];
  }
  return out;
}
