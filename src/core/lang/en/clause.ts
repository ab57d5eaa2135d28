/**
 * What the English clause-level rules need beside the shared `SentenceView`: clauses, the subject
 * before a verb (the nearest actor not governed by a preposition), the objects after it, and lists
 * ("A, B and C"). The Vietnamese helpers in `relations/clause-view.ts` do the same with Vietnamese
 * prepositions; these read English ones.
 */
import type { ActorSpan } from '../../actors/types.ts';
import { wordBefore, type SentenceView } from '../../relations/clause-view.ts';
import { trimmedSpan, type Span } from '../../text/span.ts';

export const PREPOSITIONS = new Set([
  'in', 'at', 'to', 'into', 'with', 'for', 'of', 'from', 'by', 'between', 'on', 'toward', 'towards', 'across', 'within', 'under',
  'via', 'including', 'like', 'among', 'than', 'about', 'through', 'over', 'amid', 'during', 'after', 'before', 'near', 'against',
  'beyond', 'around', 'per', 'as', 'such', 'alongside', 'inside', 'outside', 'throughout', 'upon', 'onto', 'versus', 'vs',
  'besides', 'except', 'without', 'behind', 'and', 'or', 'visit', 'visited', 'visiting', 'met', 'meet', 'meets', 'received',
  'receive', 'receives', 'urged', 'asked', 'invited', 'called', 'encouraged', 'helped', 'help', 'helps', 'support', 'supports',
  'supported', 'acquired', 'acquire', 'acquires', 'bought', 'buy', 'told', 'thanked', 'welcomed', 'hosted', 'joined', 'join',
]);

/** Objects of an earlier verb, not subjects: "helped Vietnam …", "met Chinh and …". */
const LIST_GAP = /^\s*(?:,\s*(?:and\s+|as well as\s+)?|and\s+|as well as\s+|&\s+|[-–]\s*)$|^$/u;

function sortOf(kind: string): string {
  if (kind === 'person') return 'person';
  return kind === 'place' || kind === 'country' ? 'place' : 'body';
}

/** The gap after a possessive name up to the name it describes: "’s ", "'s leading ", "’s software and telecommunications conglomerate ". */
export const POSSESSIVE_GAP = /^[’']s\s+(?:[a-z-]+\s+){0,3}$|^[’']s\s+[a-z-]+\s+and\s+(?:[a-z-]+\s+){1,2}$/u;
const MODIFIED = new Set(['company', 'organization', 'government', 'university', 'facility']);

/**
 * "Denmark's Copenhagen Infrastructure Partners", "Japan's Sumitomo Corporation": a country or place
 * in the possessive before a body only says where the body is from (a structure rule reads that);
 * the body, not the country, is the party of the sentence's events and pledges.
 */
export function withoutPossessiveModifiers(mentions: readonly ActorSpan[], lowered: string): ActorSpan[] {
  return mentions.filter((m, i) => {
    const next = mentions[i + 1];
    if (!next || (m.actor.kind !== 'country' && m.actor.kind !== 'place') || !MODIFIED.has(next.actor.kind)) return true;
    return !POSSESSIVE_GAP.test(lowered.slice(m.end, next.start));
  });
}

/** "and the chipmaker NVIDIA", "and French technology group Dassault": a descriptor after the joining word. */
const DESCRIBED_GAP = /^\s*(?:,\s*)?and\s+(?:the\s+)?((?:[a-z-]+\s+){1,3})$/u;
const NOT_DESCRIPTORS = new Set(['will', 'would', 'has', 'have', 'had', 'is', 'are', 'was', 'were', 'also', 'then', 'not', 'its', 'their', 'his', 'her', 'other', 'others']);

export function listGapEn(view: SentenceView, a: { end: number }, b: { start: number }): boolean {
  if (b.start < a.end) return false;
  const gap = view.lowered.slice(a.end, b.start);
  if (LIST_GAP.test(gap)) return true;
  const described = DESCRIBED_GAP.exec(gap);
  return described !== null && described[1]!.trim().split(/\s+/u).every((w) => !PREPOSITIONS.has(w) && !NOT_DESCRIPTORS.has(w) && !/(?:ed|ing)$/u.test(w));
}

export function listedEn(view: SentenceView, a: ActorSpan, b: ActorSpan): boolean {
  if (b.start === a.start && b.end === a.end) return true;
  if (sortOf(a.actor.kind) !== sortOf(b.actor.kind)) return false;
  return listGapEn(view, a, b);
}

const ARTICLES = new Set(['the', 'a', 'an']);

/** Words between a preposition and its place that do not end the phrase: "in southern Vietnam", "in the central province of". */
const PLACE_MODIFIERS = new Set(['northern', 'southern', 'central', 'eastern', 'western', 'northeastern', 'northwestern', 'southeastern',
  'southwestern', 'north', 'south', 'coastal', 'neighbouring', 'neighboring']);

/** Place nouns a name may follow with "of": "in the northern province of Thai Binh". */
const PLACE_NOUNS = new Set(['province', 'city', 'district', 'region', 'town', 'commune', 'zone', 'park']);

/**
 * The word that governs a place named at `offset`, past "<place noun> of" and the words
 * `governingWord` skips: "in" for "in the northern province of Thai Binh".
 */
export function placeGoverningWord(lowered: string, offset: number): string {
  const w = wordBefore(lowered, offset);
  if (w === 'of') {
    const of = lowered.lastIndexOf('of', offset);
    const noun = of > 0 ? wordBefore(lowered, of) : '';
    if (PLACE_NOUNS.has(noun)) return governingWord(lowered, lowered.lastIndexOf(noun, of));
  }
  return governingWord(lowered, offset);
}

/** The word before `offset`, past an article or a compass word: "under the Ministry of …" and "in southern Vietnam" are governed. */
function governingWord(lowered: string, offset: number): string {
  let at = offset;
  let w = wordBefore(lowered, at);
  for (let n = 0; n < 3 && (ARTICLES.has(w) || PLACE_MODIFIERS.has(w)); n++) {
    const back = lowered.lastIndexOf(w, at);
    if (back <= 0) break;
    at = back;
    w = wordBefore(lowered, at);
  }
  return w;
}

/** Whether a mention sits in a complement (after a preposition, or in a list opened by one), not as a subject. */
export function inComplementEn(view: SentenceView, m: ActorSpan): boolean {
  if (inLeadPhrase(view, m)) return true;
  // "secured Prime Minister Chinh's support for …": a person named as an owner is no subject.
  if (m.actor.kind === 'person' && /^['’]s\s/u.test(view.lowered.slice(m.end, m.end + 3))) return true;
  const before = governingWord(view.lowered, m.start);
  if (PREPOSITIONS.has(before) && before !== 'and' && before !== 'or' && !(EXAMPLES.has(before) && examplesOfSubject(view, m.start))) return true;
  if (view.lowered[m.start - 1] === '(' || view.lowered.slice(Math.max(0, m.start - 2), m.start) === '( ') return true;
  // "… Vietnam's", "the US-based": a hyphenated modifier is no subject.
  if (view.lowered[m.end] === '-' && /^-(?:based|owned|backed|born|made|funded|led|headquartered)/u.test(view.lowered.slice(m.end, m.end + 14))) return true;
  let head = m;
  const i = view.mentions.indexOf(m);
  for (let k = i - 1; k >= 0; k--) {
    const prev = view.mentions[k]!;
    if (prev.end > head.start || !listedEn(view, prev, head)) break;
    head = prev;
  }
  if (head !== m) {
    const w = governingWord(view.lowered, head.start);
    if (EXAMPLES.has(w) && examplesOfSubject(view, head.start)) return false;
    return PREPOSITIONS.has(w) && w !== 'and' && w !== 'or';
  }
  return false;
}

/** "Appreciating Vietnam as a strategic partner, the Korean government …": a participle or adverbial phrase opening the sentence holds no subject. */
const LEAD = /^[^\p{L}]*(?:[a-z]+ing|after|before|following|despite|amid|as|with|under|upon|since|unlike)\s/u;

/** Per sentence, where its opening phrase ends (the comma), or -1: read once, asked for every mention. */
const leadEnds = new WeakMap<SentenceView, number>();

function leadEnd(view: SentenceView): number {
  let end = leadEnds.get(view);
  if (end === undefined) {
    const { lowered, sentence } = view;
    const comma = LEAD.test(lowered.slice(sentence.start, sentence.start + 24)) ? lowered.indexOf(',', sentence.start) : -1;
    end = comma > 0 && comma < sentence.end && /\p{L}/u.test(lowered.slice(comma + 1, sentence.end)) ? comma : -1;
    leadEnds.set(view, end);
  }
  return end;
}

function inLeadPhrase(view: SentenceView, m: ActorSpan): boolean {
  const end = leadEnd(view);
  return end > 0 && m.end <= end;
}

/** Words that open examples of the noun before them: "tech giants like A and B", "local firms, including A, B". */
const EXAMPLES = new Set(['like', 'including', 'as']);

/**
 * "tech behemoths like Microsoft, Meta and Amazon injected …": examples of a subject are the subject;
 * not when the noun they exemplify is itself governed ("invested in firms like A").
 */
function examplesOfSubject(view: SentenceView, at: number): boolean {
  const lowered = view.lowered;
  const cut = /(?:,?\s*(?:like|including|such as)\s+(?:the\s+)?)$/u.exec(lowered.slice(Math.max(view.sentence.start, at - 30), at));
  if (!cut) return false;
  const end = at - cut[0].length;
  const start = Math.max(view.sentence.start, lowered.lastIndexOf(',', end - 1) + 1);
  const words = lowered.slice(start, end).split(/[^\p{L}-]+/u).filter(Boolean);
  return words.length > 0 && words.length <= 5 && !words.some((w) => PREPOSITIONS.has(w) && w !== 'and');
}

/** The nearest actor before `offset` inside `range` that is not in a complement. */
export function subjectBeforeEn(view: SentenceView, range: { start: number; end: number }, offset: number, skip?: (m: ActorSpan) => boolean): ActorSpan | undefined {
  for (let i = view.mentions.length - 1; i >= 0; i--) {
    const m = view.mentions[i]!;
    if (m.end > offset || m.start < range.start) continue;
    if (skip?.(m)) continue;
    if (inComplementEn(view, m)) continue;
    return m;
  }
  return undefined;
}

/** The subject before `offset` and the actors listed with it ("FPT, Viettel and VNPT"). */
export function subjectsBeforeEn(view: SentenceView, range: { start: number; end: number }, offset: number, skip?: (m: ActorSpan) => boolean): ActorSpan[] {
  const last = subjectBeforeEn(view, range, offset, skip);
  if (!last) return [];
  const out = [last];
  let i = view.mentions.indexOf(last);
  while (i > 0) {
    const prev = view.mentions[i - 1]!;
    if (prev.start < range.start || !listedEn(view, prev, out[0]!)) break;
    out.unshift(prev);
    i--;
  }
  return out;
}

const CLAUSE_JOINS = /^,\s*(?:but|while|whereas|although|though|meanwhile|however|and then|yet)(?![\p{L}])/iu;

/**
 * Clauses of one English sentence: split at ";" and ":" (not "12:30"), and before a conjunction
 * after a comma (", while …", ", but …"); never inside brackets. Separators are left out.
 */
export function splitEnglishClauses(text: string, sentence: Span): Span[] {
  const out: Span[] = [];
  let depth = 0;
  let from = sentence.start;
  const push = (end: number, next: number) => {
    const span = trimmedSpan(text, from, end);
    if (span && /[\p{L}\p{N}]/u.test(span.text)) out.push(span);
    from = next;
  };
  const digit = (k: number) => /\d/.test(text[k] ?? '');
  for (let i = sentence.start; i < sentence.end; i++) {
    const c = text[i];
    if (c === '(' || c === '[') depth++;
    else if ((c === ')' || c === ']') && depth > 0) depth--;
    if (depth > 0) continue;
    if (c === ';') push(i, i + 1);
    else if (c === ':' && !(digit(i - 1) && digit(i + 1))) push(i, i + 1);
    else if (c === ',' && CLAUSE_JOINS.test(text.slice(i, Math.min(sentence.end, i + 14)))) push(i, i + 1);
  }
  push(sentence.end, sentence.end);
  return out;
}
