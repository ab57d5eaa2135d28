/**
 * English clause-level relation rules keyed on trigger verbs: invests in, opens a site in, trains,
 * visits, meets, partners with. Subjects are the actors before the trigger (a list counts), objects
 * the ones after it behind the word the trigger governs ("signed an MoU with X", "invest in X").
 * What another party only asks for ("urged Samsung to invest") is not a fact.
 */
import type { ActorSpan } from '../../actors/types.ts';
import type { RelationType } from '../../claims.ts';
import { findIn, institutional, pairsOf, phraseRegex, wordBefore, type Hit, type PhraseSet, type SentenceView } from '../../relations/clause-view.ts';
import { evidenceOf, type RelationDraft } from '../../relations/relation-draft.ts';
import { listedEn, placeGoverningWord, POSSESSIVE_GAP, subjectsBeforeEn } from './clause.ts';
import { REQUESTS_EN } from './pledge-cues.ts';

interface EventRule {
  type: RelationType;
  name: string;
  re: PhraseSet;
  /** Words one of which must come right before the first object; '' = right after the trigger; '*' = anything. */
  objectWords: readonly string[];
  reach: number;
  objectKinds?: ReadonlySet<string>;
  /** With no objects, a listed subject pair relates among itself ("Vietnam and Japan signed …"). */
  pairOnly?: boolean;
  /** Objects that are two listed parties relate among themselves ("talks between Vietnam and Japan"). */
  pairObjects?: boolean;
  confidence: number;
}

const WHERE = new Set(['place', 'country', 'facility']);
const VISITABLE = new Set(['place', 'country', 'facility', 'company', 'organization', 'university', 'government']);
const BODIES = new Set(['person', 'government', 'organization', 'company', 'university', 'country', 'place', 'facility']);
const PEOPLE_OR_BODIES = new Set(['person', 'government', 'organization', 'company', 'university']);
const INSTITUTIONAL = new Set<RelationType>(['INVESTS_IN', 'PARTNERS_WITH', 'TRAINS', 'LOCATED_IN']);

/** A possessive name and up to three descriptor words right before a mention: "Denmark's ", "Japan's leading ". */
const POSSESSIVE_BEFORE = /(?<=\s)[\p{L}.-]+[’']s\s+(?:[a-z-]+\s+){0,3}$/u;

const forms = (...stems: string[]) => stems.flatMap((s) => s.split('|'));

const RULES: EventRule[] = [
  { type: 'INVESTS_IN', name: 'en-invests-in', re: phraseRegex(forms('invest|invests|invested|investing|investment|investments|pour|pours|poured|pouring|inject|injects|injected|injecting|channel|channels|channelled|channeled|disburse|disbursed|disburses|disbursing|plough|ploughed|plow|plowed|funnel|funnelled')), objectWords: ['in', 'into'], reach: 90, objectKinds: new Set([...WHERE, 'company']), confidence: 0.7 },
  // Opening an office or a centre says where the actor is, not that it invests (GOLD-CONVENTIONS).
  { type: 'LOCATED_IN', name: 'en-opens-site-in', re: phraseRegex(forms('open|opens|opened|opening|set up|sets up|setting up|establish|establishes|established|establishing|launch|launches|launched|inaugurate|inaugurates|inaugurated|locate|located|headquartered|based|build|builds|built|building|construct|constructs|constructed|operate|operates|operated|operating|relocate|relocated')), objectWords: ['in', 'at'], reach: 60, objectKinds: WHERE, confidence: 0.55 },
  // "BOS Semiconductors entered Ho Chi Minh City", "expanding its R&D team into Vietnam": where the actor now works.
  { type: 'LOCATED_IN', name: 'en-enters-place', re: phraseRegex(forms('enter|enters|entered|entering')), objectWords: [''], reach: 10, objectKinds: WHERE, confidence: 0.5 },
  { type: 'LOCATED_IN', name: 'en-expands-into', re: phraseRegex(forms('expand|expands|expanded|expanding|venture|ventures|ventured|venturing|move|moves|moved|moving')), objectWords: ['into'], reach: 40, objectKinds: WHERE, confidence: 0.5 },
  { type: 'TRAINS', name: 'en-trains', re: phraseRegex(forms('train|trains|trained|training|upskill|upskills|upskilling')), objectWords: ['for'], reach: 80, objectKinds: new Set(['country', 'government', 'organization', 'company', 'university', 'place']), confidence: 0.65 },
  { type: 'VISITS', name: 'en-visits', re: phraseRegex(forms('visit|visits|visited|visiting|toured|tours|tour|arrived in|arrives in|arrive in|arriving in|travelled to|traveled to|came to|comes to|flew to|trip to|visit to|tour of|arrived at|stopped in|led a delegation to|leads a delegation to|leading a delegation to')), objectWords: [''], reach: 20, objectKinds: VISITABLE, confidence: 0.7 },
  { type: 'MEETS', name: 'en-meets', re: phraseRegex(forms('met|meet|meets|meeting|met with|meet with|meets with|meeting with|held talks with|hold talks with|holds talks with|had talks with|talks with|had a meeting with|held a meeting with|a meeting with|had a working session with|held a working session with|a working session with|working session with|sat down with|hosted|hosts|host|hosting|received|receives|receive|receiving|welcomed|welcomes|greeted|had a phone call with|phone call with|phone talks with|talked with|spoke with|courtesy call on|paid a courtesy call on|held phone talks with|hold phone talks with')), objectWords: [''], reach: 12, objectKinds: PEOPLE_OR_BODIES, confidence: 0.65 },
  { type: 'MEETS', name: 'en-talks-between', re: phraseRegex(forms('talks|meeting|dialogue|summit|talks between|meeting between')), objectWords: ['between'], reach: 12, pairObjects: true, confidence: 0.6 },
  { type: 'PARTNERS_WITH', name: 'en-partners-with', re: phraseRegex(forms('partner|partners|partnered|partnering|partnership|partnerships|cooperate|cooperates|cooperated|cooperating|cooperation|co-operation|collaborate|collaborates|collaborated|collaborating|collaboration|team up|teamed up|teams up|teaming up|join hands|joined hands|joins hands|work with|works with|worked with|working with|work together|signed|sign|signs|signing|inked|ink|inks|agreement|agreements|memorandum of understanding|memorandum|mou|mous|deal|deals|alliance|joint venture|tie-up|tied up|ties up|agreed|agree|agrees|pact')), objectWords: ['with', 'between', 'alongside'], reach: 70, pairOnly: true, confidence: 0.7 },
  // The actor's own commitment to a partner: "stands ready to support Vietnam".
  { type: 'PARTNERS_WITH', name: 'en-supports', re: phraseRegex(forms('will support|would support|ready to support|pledged to support|committed to supporting|continue to support|continues to support|will help|will assist|ready to help|pledged support for|pledges support for')), objectWords: [''], reach: 2, objectKinds: new Set(['country', 'government', 'organization', 'company', 'university']), confidence: 0.55 },
];

function firstObjects(view: SentenceView, clause: { end: number }, hit: Hit, rule: EventRule): ActorSpan[] {
  const objects: ActorSpan[] = [];
  for (const m of view.mentions) {
    if (m.start < hit.end || m.end > clause.end) continue;
    const prev = objects[objects.length - 1];
    if (prev) {
      const sameSort = (m.actor.kind === 'person') === (prev.actor.kind === 'person') && (!rule.objectKinds || rule.objectKinds.has(m.actor.kind));
      if (sameSort && listedEn(view, prev, m)) {
        objects.push(m);
        continue;
      }
      break;
    }
    if (m.start - hit.end > rule.reach) break;
    const gap = view.lowered.slice(hit.end, m.start);
    const direct = /^\s*(?:the\s+)?$/u.test(gap);
    // "in the southern province of Ba Ria-Vung Tau" is governed by 'in', as "in Ba Ria-Vung Tau" is.
    // "with Japan's Sumitomo": the possessive that only says where the body is from is skipped.
    const at = m.start - (POSSESSIVE_BEFORE.exec(view.lowered.slice(Math.max(hit.end, m.start - 60), m.start))?.[0].length ?? 0);
    const before = m.actor.kind === 'place' || m.actor.kind === 'country' ? placeGoverningWord(view.lowered, at) : wordBefore(view.lowered, at);
    const governed = rule.objectWords.includes(before) && !/[;]/u.test(gap) && (before !== '' || direct);
    const ok = rule.objectWords.includes('*') || (direct && rule.objectWords.includes('')) || (governed && !direct) || (governed && rule.objectWords.includes(''));
    if (!ok) {
      if (rule.objectWords.includes('') || /[,;]/u.test(gap) && rule.type !== 'PARTNERS_WITH') break;
      continue;
    }
    if (rule.objectKinds && !rule.objectKinds.has(m.actor.kind)) break;
    objects.push(m);
  }
  return objects;
}

/** "A and B signed …", "the two sides agreed …": the subjects act together. */
function isPair(view: SentenceView, subjects: readonly ActorSpan[]): boolean {
  if (subjects.length < 2 || subjects.length > 4) return false;
  return /\s(?:and|&)\s/u.test(view.lowered.slice(subjects[0]!.end, subjects[subjects.length - 1]!.start + 1));
}

/** "X urged Samsung to invest …": the one asked does not yet act; with "continue to", the relation exists. */
function askedInstead(view: SentenceView, subjects: ActorSpan[], hit: Hit, rule: EventRule): ActorSpan[] {
  if (subjects.length === 0 || rule.type === 'MEETS' || rule.type === 'VISITS') return subjects;
  const from = subjects[0]!.start;
  const asks = findIn(REQUESTS_EN, view, { start: view.sentence.start, end: hit.start });
  const ask = asks.at(-1);
  if (!ask) return subjects;
  const asked = view.mentions.find((m) => m.start >= ask.end && m.end <= hit.start);
  const cont = /continue(?:s|d)?\s+(?:to\s+)?$|further\s+$/u.test(view.lowered.slice(Math.max(ask.end, hit.start - 20), hit.start));
  if (ask.start >= from || asked) return cont && asked ? [asked] : [];
  return subjects;
}

/** "During his visit to Hanoi, Huang …": the subject comes after the objects, past the next comma. */
function subjectAfter(view: SentenceView, from: number): ActorSpan | undefined {
  const comma = view.lowered.indexOf(',', from);
  if (comma < 0 || comma > view.sentence.end) return undefined;
  return view.mentions.find((m) => m.start > comma && m.start - comma < 6 && BODIES.has(m.actor.kind));
}

/** Relations stated by English trigger verbs in one sentence; `date` is the date the sentence states. */
export function findEnglishEvents(text: string, view: SentenceView, date: string | null): RelationDraft[] {
  const out: RelationDraft[] = [];
  const push = (type: RelationType, from: ActorSpan, to: ActorSpan, rule: string, confidence: number) => {
    const fromId = INSTITUTIONAL.has(type) ? institutional(view, from.actor.id) : from.actor.id;
    const toId = INSTITUTIONAL.has(type) && type !== 'TRAINS' && type !== 'LOCATED_IN' ? institutional(view, to.actor.id) : to.actor.id;
    if (fromId === toId) return;
    out.push({ type, from: fromId, to: toId, role: null, date: type === 'LOCATED_IN' ? null : date, evidence: evidenceOf(text, view.sentence, rule, confidence) });
  };
  for (const clause of view.clauses) {
    for (const rule of RULES) {
      for (const hit of findIn(rule.re, view, clause)) {
        if (rule.type === 'INVESTS_IN' && /(?:attract|attracts|attracted|attracting|licen[cs]e|certificate|call for|calls for|seek|seeks|sought)\s+(?:\S+\s+){0,2}$/u.test(view.lowered.slice(Math.max(clause.start, hit.start - 30), hit.start))) continue;
        const objects = firstObjects(view, clause, hit, rule);
        const between = objects[0] ? view.lowered.slice(hit.end, objects[0].start) : '';
        if (objects.length >= 2 && (rule.pairObjects || /between/u.test(between))) {
          for (const [a, b] of pairsOf(objects)) push(rule.type, a, b, `${rule.name}:between`, rule.confidence - 0.05);
          continue;
        }
        if (rule.pairObjects) continue;
        let subjects = subjectsBeforeEn(view, clause, hit.start, (m) => objects.includes(m));
        if (objects.length === 0) {
          if (rule.pairOnly && isPair(view, subjects)) for (const [a, b] of pairsOf(askedInstead(view, subjects, hit, rule))) push(rule.type, a, b, `${rule.name}:pair`, rule.confidence - 0.1);
          continue;
        }
        // "Macron’s visit to Viet Nam", "Chinh's official visit to Singapore": the possessor acts.
        if (subjects.length === 0 && rule.type === 'VISITS') {
          const possessor = view.mentions.find((m) => m.actor.kind === 'person' && m.end <= hit.start && POSSESSIVE_GAP.test(view.lowered.slice(m.end, hit.start)));
          if (possessor) subjects = [possessor];
        }
        if (subjects.length === 0) {
          const nominal = /(?:his|her|their|its|the|a|during|on)\s+$/u.test(view.lowered.slice(Math.max(view.sentence.start, hit.start - 10), hit.start));
          const after = nominal ? subjectAfter(view, objects[objects.length - 1]!.end) : undefined;
          subjects = after ? [after] : [];
        }
        for (const s of askedInstead(view, subjects, hit, rule)) {
          if (!BODIES.has(s.actor.kind)) continue;
          if (rule.type === 'LOCATED_IN' && (s.actor.kind === 'person' && !view.roleBody?.get(s.actor.id))) continue;
          for (const o of objects) push(rule.type, s, o, rule.name, rule.confidence);
        }
      }
    }
  }
  return out;
}
