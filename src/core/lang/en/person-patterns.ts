/**
 * People in English text and the posts they hold: after a title ("Prime Minister Pham Minh Chinh",
 * "Nvidia CEO Jensen Huang", "Vietnam's Minister of Planning and Investment Nguyen Chi Dung"),
 * before an appositive title ("Truong Gia Binh, chairman of FPT", "Jensen Huang, Nvidia's CEO"),
 * a Vietnamese full name written without diacritics ("Truong Gia Binh"), or a name next to a verb of
 * saying ("said Jensen Huang"). A surname alone ("Huang", "Mr. Chinh") points back to a person
 * already named.
 */
import { keyOf } from '../../actors/gazetteer-matcher.ts';
import { matchAt } from '../../actors/phrase-trie.ts';
import type { PersonFinding, RoleFinding } from '../../actors/person-patterns.ts';
import { adjacent, capAt, isWord, type ScanContext } from '../../actors/scan-context.ts';
import type { ActorCandidate, ActorSpan } from '../../actors/types.ts';
import { isVietnameseSyllable, SURNAMES } from '../../actors/vietnamese-words.ts';
import { slugify } from '../../text/fold.ts';
import { candidateFor, demonymAt } from './org-patterns.ts';
import { possessiveAfter, textOf } from './name-runs.ts';
import { englishTitleTrie, LOOSE_TITLES, MINISTRY_FIELDS, type EnTitle } from './titles.ts';
import { NOT_NAME_START } from './words.ts';

const SAYING = new Set(['said', 'says', 'told', 'added', 'noted', 'stressed', 'affirmed', 'emphasised', 'emphasized', 'stated', 'explained']);

interface TitleHit {
  title: EnTitle;
  first: number;
  last: number;
}

function titleAt(ctx: ScanContext, i: number): TitleHit | null {
  if (!isWord(ctx, i)) return null;
  const hit = matchAt(englishTitleTrie(), ctx.tokens, ctx.ids, i)[0];
  return hit ? { title: hit.payloads[0]!, first: i, last: hit.last } : null;
}

/** "founder and CEO", "Chairman and CEO": titles joined by "and" that share a name and an organisation. */
function titleChain(ctx: ScanContext, i: number): TitleHit[] {
  const first = titleAt(ctx, i);
  if (!first) return [];
  const out = [first];
  for (;;) {
    const last = out[out.length - 1]!;
    const join = ctx.tokens[last.last + 1]?.key;
    if (join !== 'and' && join !== ',' && join !== '&') break;
    const next = titleAt(ctx, last.last + 2);
    if (!next || next.title.level === 'honorific') break;
    out.push(next);
  }
  return out;
}

/** The name of a person from token k: 2–4 capitalised words (hyphenated given names count as one); -1 if none. */
function readName(ctx: ScanContext, k: number, known: Map<number, ActorSpan>, afterTitle: boolean): number {
  if (!capAt(ctx, k) || (afterTitle && !adjacent(ctx, k))) return -1;
  const key = ctx.tokens[k]!.key;
  const surname = SURNAMES.has(key) && capAt(ctx, k + 1) && adjacent(ctx, k + 1);
  if (NOT_NAME_START.has(key) && !surname) return -1;
  if (!afterTitle && known.has(k) && known.get(k)!.actor.kind !== 'person') return -1;
  let last = hyphenTail(ctx, k);
  let words = 1;
  while (words < 4 && capAt(ctx, last + 1) && adjacent(ctx, last + 1) && !possessiveAfter(ctx, last)) {
    const next = known.get(last + 1);
    // A place or, in a Vietnamese name, a country's short name may be a syllable of the name ("Nguyen Phuoc Duc", "Duc" = Germany).
    const syllable = next && next.last === last + 1 && isVietnameseSyllable(ctx.tokens[last + 1]!.key)
      && (next.actor.kind === 'place' || (next.actor.kind === 'country' && SURNAMES.has(ctx.tokens[k]!.key)));
    if (next && next.actor.kind !== 'person' && !syllable) break;
    const nk = ctx.tokens[last + 1]!.key;
    if ((NOT_NAME_START.has(nk) && !syllable) || matchAt(englishTitleTrie(), ctx.tokens, ctx.ids, last + 1).length > 0) break;
    last = hyphenTail(ctx, last + 1);
    words++;
  }
  return last;
}

function hyphenTail(ctx: ScanContext, k: number): number {
  const dash = ctx.tokens[k + 1];
  const tail = ctx.tokens[k + 2];
  if (!dash || !tail?.word || dash.key !== '-' || dash.start !== ctx.tokens[k]!.end || tail.start !== dash.end) return k;
  return k + 2;
}

function wordCount(ctx: ScanContext, first: number, last: number): number {
  let n = 0;
  for (let k = first; k <= last; k++) if (isWord(ctx, k)) n++;
  return n;
}

/** Whether the name looks Vietnamese: a family name first, every word a Vietnamese syllable. */
export function vietnameseName(ctx: ScanContext, first: number, last: number): boolean {
  if (!SURNAMES.has(ctx.tokens[first]!.key)) return false;
  for (let k = first; k <= last; k++) if (isWord(ctx, k) && !isVietnameseSyllable(ctx.tokens[k]!.key)) return false;
  return true;
}

export interface PeopleInputs {
  ctx: ScanContext;
  /** Organisation, place and country spans by first token. */
  known: Map<number, ActorSpan>;
  /** The same spans by last token. */
  knownEnd: Map<number, ActorSpan>;
  /** Gazetteer id of a country → its government's actor, for envoys. */
  governmentOf: (country: string) => ActorCandidate | undefined;
}

/** The organisation or country that a title before a name names right before it ("Nvidia CEO", "Vietnam's Prime Minister", "Vietnamese Prime Minister"). */
function ownerBefore(inputs: PeopleInputs, i: number): { actor?: ActorCandidate; country?: string; first: number } | null {
  const { ctx, knownEnd } = inputs;
  const direct = knownEnd.get(i - 1);
  if (direct && adjacent(ctx, i) && direct.actor.kind !== 'person') return { actor: direct.actor, first: direct.first };
  // "Nvidia's CEO": the span ends three tokens back (name, apostrophe, s).
  const owner = knownEnd.get(i - 3);
  if (owner && possessiveAfter(ctx, i - 3) && owner.actor.kind !== 'person') return { actor: owner.actor, first: owner.first };
  // "Vietnamese", "South Korean", "U.S." (four tokens with its dots).
  for (const back of [1, 2, 4]) {
    const d = demonymAt(ctx, i - back);
    if (d && d.last === i - 1) return { country: d.country, first: i - back };
  }
  return null;
}

/** The post's organisation after a title: "of FPT", "at Nvidia", "Minister of Planning and Investment" → the ministry. */
function ownerAfter(inputs: PeopleInputs, title: TitleHit, k: number): { actor: ActorCandidate; last: number; host?: boolean } | null {
  const { ctx, known } = inputs;
  const word = ctx.tokens[k]?.key;
  if (word !== 'of' && word !== 'at' && word !== 'for' && word !== 'to') return null;
  let at = k + 1;
  if (ctx.tokens[at]?.key === 'the' && !capAt(ctx, at)) at++;
  const span = known.get(at);
  if (word === 'to') {
    // "Ambassador to Vietnam": the host country, not the envoy's own.
    return span && (span.actor.kind === 'country') ? { actor: span.actor, last: span.last, host: true } : null;
  }
  if (span && span.actor.kind !== 'person') return { actor: span.actor, last: span.last };
  if (title.title.level === 'minister' && capAt(ctx, at)) {
    // "Minister of Industry and Trade Nguyen Hong Dien": the ministry's field runs up to the name.
    let last = at;
    while (capAt(ctx, last + 1) || (['and', 'of'].includes(ctx.tokens[last + 1]?.key ?? '') && capAt(ctx, last + 2)) || commaInField(ctx, at, last)) {
      if (SURNAMES.has(ctx.tokens[last + 1]!.key) && vietnameseName(ctx, last + 1, Math.min(last + 3, ctx.tokens.length - 1))) break;
      last += ctx.tokens[last + 1]!.word && capAt(ctx, last + 1) ? 1 : 2;
    }
    // "Minister for Trade and Industry Tan See Leng": a field of known field words ends before the next word that is none.
    for (let n = at; n <= last; n++) {
      if (!isWord(ctx, n) || ['and', 'of'].includes(ctx.tokens[n]!.key)) continue;
      if (!MINISTRY_FIELDS.has(ctx.tokens[n]!.key)) break;
      if (n < last && capAt(ctx, n + 1) && !MINISTRY_FIELDS.has(ctx.tokens[n + 1]!.key) && fieldOnly(ctx, at, n)) {
        last = n;
        break;
      }
    }
    const field = textOf(ctx, at, last);
    const name = `Ministry of ${field}`;
    return { actor: candidateFor(ctx, name, 'government', null, [name]), last };
  }
  return null;
}

/** Whether tokens first..last are field words joined by "and"/"of"/commas. */
function fieldOnly(ctx: ScanContext, first: number, last: number): boolean {
  for (let n = first; n <= last; n++) {
    const key = ctx.tokens[n]!.key;
    if (key !== 'and' && key !== 'of' && key !== ',' && !MINISTRY_FIELDS.has(key)) return false;
  }
  return true;
}

/** "Labour, Invalids and Social Affairs": a comma between field words, with "and" still to come. */
function commaInField(ctx: ScanContext, first: number, last: number): boolean {
  if (ctx.tokens[last + 1]?.key !== ',' || !MINISTRY_FIELDS.has(ctx.tokens[last + 2]?.key ?? '') || !capAt(ctx, last + 2) || !fieldOnly(ctx, first, last)) return false;
  for (let n = last + 3; n < last + 6; n++) if (ctx.tokens[n]?.key === 'and') return true;
  return false;
}

/** "Planning and Investment Minister": the ministry's field right before a minister's title, as its ministry. */
function fieldBefore(inputs: PeopleInputs, i: number): { actor: ActorCandidate; first: number } | null {
  const { ctx } = inputs;
  let first = -1;
  for (let n = i - 1; n >= 0; n--) {
    const key = ctx.tokens[n]!.key;
    if (MINISTRY_FIELDS.has(key) && capAt(ctx, n) && adjacent(ctx, n + 1)) first = n;
    else if ((key === 'and' || key === ',') && first === n + 1) continue;
    else break;
  }
  if (first < 0) return null;
  const name = `Ministry of ${textOf(ctx, first, i - 1)}`;
  return { actor: candidateFor(ctx, name, 'government', null, [name]), first };
}

function personFor(people: ActorCandidate[], name: string): ActorCandidate {
  const found = people.find((p) => keyOf(p.name) === keyOf(name));
  if (found) return found;
  const person: ActorCandidate = { id: slugify(name), name, kind: 'person', country: null, source: 'pattern', aliases: [name], partOf: null };
  people.push(person);
  return person;
}

/**
 * A person named before, by the word after a title at token k: the last word ("Mr. Huang", "Prime
 * Minister Chinh") or, family name first, the first ("Dr Tan" for Tan See Leng, "Mr. Chen" for Chen
 * Rui Sheng). The first word counts only here, after a title: bare, it is too often part of a place
 * ("Tan Thuan").
 */
function namedBefore(ctx: ScanContext, people: readonly ActorCandidate[], k: number): ActorCandidate | undefined {
  const key = ctx.tokens[k]!.key;
  const byLast = [...people].reverse().find((p) => p.name.split(' ').length > 1 && shortForms(p.name).some((f) => keyOf(f) === key));
  return byLast ?? [...people].reverse().find((p) => p.name.split(' ').length > 2 && keyOf(p.name.split(' ')[0]!) === key);
}

/** Titles that name a person by one word when nobody was named before ("Prime Minister Chinh", "Mr Dzung"), unlike posts ("CEO Summit"). */
const ONE_WORD_TITLES = new Set<EnTitle['level']>(['honorific', 'leader', 'minister', 'envoy']);

/** How an article refers back to a person: the last word ("Huang", "Chinh"), or a Korean family name first ("Lee"). */
export function shortForms(name: string): string[] {
  const words = name.split(/\s+/);
  if (words.length < 2) return [];
  const out = [words[words.length - 1]!];
  if (words[words.length - 1]!.includes('-')) out.push(words[0]!);
  return out.filter((w) => w.length >= 3);
}

function roleOf(target: { actor?: ActorCandidate; country?: string } | null, title: EnTitle, inputs: PeopleInputs): ActorCandidate | undefined {
  if (!target) return undefined;
  if (target.actor) {
    if (title.level === 'envoy' && target.actor.kind === 'country') return inputs.governmentOf(target.actor.id) ?? target.actor;
    return target.actor;
  }
  const country = target.country ? inputs.ctx.gaz.byId.get(target.country) : undefined;
  if (!country) return undefined;
  return title.level === 'envoy' ? inputs.governmentOf(country.id) ?? country : country;
}

/** Finds titled and otherwise recognisable people left to right. */
export function findEnglishPeople(inputs: PeopleInputs): PersonFinding[] {
  const { ctx, known } = inputs;
  const found: PersonFinding[] = [];
  const people: ActorCandidate[] = [];
  const push = (first: number, last: number, person: ActorCandidate, rule: string, confidence: number, roles: RoleFinding[], titleFirst: number) => {
    const span: ActorSpan = { first, last, start: ctx.tokens[first]!.start, end: ctx.tokens[last]!.end, actor: person, rule, confidence };
    found.push({ span, roles, titleFirst });
  };
  for (let i = 0; i < ctx.tokens.length; i++) {
    const chain = titleChain(ctx, i);
    if (chain.length > 0) {
      const lastTitle = chain[chain.length - 1]!;
      let k = lastTitle.last + 1;
      const after = ownerAfter(inputs, lastTitle, k);
      if (after) k = after.last + 1;
      // "the Chairman and CEO of HDF Energy, Damien Havard, said": the name set off by commas after the post.
      if (after && ctx.tokens[k]?.key === ',' && capAt(ctx, k + 1)) {
        const set = readName(ctx, k + 1, known, false);
        const close = ctx.tokens[set + 1]?.key;
        if (set > k + 1 && (close === ',' || close === '.' || SAYING.has(close ?? ''))) k++;
      }
      const nameLast = readName(ctx, k, known, true);
      // A loose title in lower case introduces a name only after a demonym: "Vietnamese president To Lam".
      const loose = chain.length === 1 && LOOSE_TITLES.has(ctx.tokens[chain[0]!.first]!.key) && !capAt(ctx, i) && !ownerBefore(inputs, i)?.country;
      if (nameLast >= 0 && !loose) {
        const words = wordCount(ctx, k, nameLast);
        const person = words >= 2 ? personFor(people, textOf(ctx, k, nameLast))
          : namedBefore(ctx, people, k) ?? (ONE_WORD_TITLES.has(lastTitle.title.level) && !known.has(k) ? personFor(people, textOf(ctx, k, nameLast)) : undefined);
        if (person) {
          const before = (chain[0]!.title.level === 'minister' ? fieldBefore(inputs, i) : null) ?? ownerBefore(inputs, i);
          const owner = after && !after.host ? { actor: after.actor } : before;
          // "Mr. Keith Strier – Vice President of Nvidia": a courtesy title only, the post follows the name.
          const roles: RoleFinding[] = chain.every((t) => t.title.level === 'honorific') && words >= 2 ? appositive(inputs, k, nameLast) ?? [] : [];
          for (const t of chain) {
            if (t.title.level === 'honorific') continue;
            let org = roleOf(owner, t.title, inputs);
            // A Vietnamese head of government or state with no country named leads Vietnam.
            if (!org && t.title.level === 'leader' && (words === 1 ? isVietnameseSyllable(ctx.tokens[k]!.key) : vietnameseName(ctx, k, nameLast))) org = ctx.gaz.byId.get('vietnam');
            if (org) roles.push({ role: textOf(ctx, t.first, t.last), org, start: ctx.tokens[before?.first ?? i]!.start, end: ctx.tokens[nameLast]!.end, confidence: owner ? 0.85 : 0.6 });
          }
          push(k, nameLast, person, `en-title-person:${chain[0]!.title.level}`, chain[0]!.title.level === 'honorific' ? 0.75 : 0.85, roles, before?.first ?? i);
          i = nameLast;
          continue;
        }
      }
    }
    if (!capAt(ctx, i) || (known.has(i) && known.get(i)!.actor.kind !== 'person')) continue;
    const nameLast = readName(ctx, i, known, false);
    if (nameLast < 0) continue;
    const words = wordCount(ctx, i, nameLast);
    if (words < 2) continue;
    const roles = appositive(inputs, i, nameLast);
    const vietnamese = vietnameseName(ctx, i, nameLast) && words >= 3;
    const saying = SAYING.has(ctx.tokens[nameLast + 1]?.key ?? '') || (SAYING.has(ctx.tokens[i - 1]?.key ?? '') && !capAt(ctx, i - 1));
    if (roles === null && !vietnamese && !saying) continue;
    const person = personFor(people, textOf(ctx, i, nameLast));
    push(i, nameLast, person, roles ? 'en-appositive-person' : vietnamese ? 'en-vietnamese-name' : 'en-saying-person', roles ? 0.8 : 0.65, roles ?? [], i);
    i = nameLast;
  }
  return found;
}

/**
 * ", chairman of FPT", ", Nvidia's CEO", ", the US ambassador to Vietnam", ", Minister of …": the
 * posts in an appositive after a name, or null when none follows.
 */
function appositive(inputs: PeopleInputs, first: number, last: number): RoleFinding[] | null {
  const { ctx, known } = inputs;
  let k = last + 1;
  // ", chairman of FPT" or a spaced dash: "Keith Strier – Vice President of Nvidia".
  const sep = ctx.tokens[k];
  if (sep?.key !== ',' && !(sep?.key === '-' && sep.start > ctx.tokens[last]!.end)) return null;
  k++;
  if (['the', 'a', 'an'].includes(ctx.tokens[k]?.key ?? '') && !capAt(ctx, k)) k++;
  let owner: { actor?: ActorCandidate; country?: string } | null = null;
  const span = known.get(k);
  if (span && span.actor.kind !== 'person') {
    owner = { actor: span.actor };
    k = span.last + 1;
    if (possessiveAfter(ctx, span.last)) k += 2;
  } else {
    const d = demonymAt(ctx, k);
    if (d) {
      owner = { country: d.country };
      k = d.last + 1;
    }
  }
  const chain = titleChain(ctx, k);
  if (chain.length === 0 || chain[0]!.title.level === 'honorific') return null;
  const lastTitle = chain[chain.length - 1]!;
  const after = ownerAfter(inputs, lastTitle, lastTitle.last + 1);
  if (after && !after.host) owner = { actor: after.actor };
  const end = after ? ctx.tokens[after.last]!.end : ctx.tokens[lastTitle.last]!.end;
  const roles: RoleFinding[] = [];
  for (const t of chain) {
    const org = roleOf(owner, t.title, inputs);
    if (org) roles.push({ role: textOf(ctx, t.first, t.last), org, start: ctx.tokens[first]!.start, end, confidence: 0.8 });
  }
  return roles;
}
