/**
 * People introduced by a title, and the posts they hold: "Bộ trưởng Bộ Kế hoạch - Đầu tư Nguyễn
 * Chí Dũng", "Đại sứ Việt Nam tại Mỹ Nguyễn Quốc Dũng", "Ông Jensen Huang, Chủ tịch, Tổng giám đốc
 * Tập đoàn Nvidia", "Thứ trưởng Ngoại giao Mỹ Jose Fernandez". A bare given name after a title
 * ("Bộ trưởng Dũng") points back to a person already named.
 */
import { slugify } from '../text/fold.ts';
import { keyOf } from './gazetteer-matcher.ts';
import { firstNode, matchFrom } from './phrase-trie.ts';
import { COMMITTEE_RULES } from './org-patterns.ts';
import { adjacent, capAt, isAcronym, isLatinName, isWord, lowerAt, type ScanContext } from './scan-context.ts';
import { surfaceMatches } from './surface-check.ts';
import { titleTrie, type Title } from './titles.ts';
import type { ActorCandidate, ActorSpan } from './types.ts';
import { isVietnameseSyllable, NAME_STOPS, SURNAMES } from './vietnamese-words.ts';

export interface RoleFinding {
  role: string;
  org: ActorCandidate;
  start: number;
  end: number;
  confidence: number;
}

export interface PersonFinding {
  span: ActorSpan;
  roles: RoleFinding[];
  /** Token index of the title that introduced the person. */
  titleFirst: number;
}

interface TitleHit {
  title: Title;
  first: number;
  last: number;
}

const ORG_KINDS = new Set(['government', 'organization', 'company', 'university', 'facility']);
/** A post's place named generically, in lower case, before the holder's name ("Phó Chủ tịch thành phố …"). */
const GENERIC_PLACE = new Set(['thành phố', 'tỉnh']);

/** The title at token i; of several ("Phó Trưởng Ban" / "Phó Trưởng"), the one an organisation follows. */
function titleAt(ctx: ScanContext, i: number, known: Map<number, ActorSpan>): TitleHit | null {
  if (!isWord(ctx, i)) return null;
  const node = firstNode(titleTrie(), ctx.ids, i);
  if (!node) return null;
  let best: TitleHit | null = null;
  for (const hit of matchFrom(node, ctx.tokens, ctx.ids, i)) {
    const surface = ctx.text.slice(ctx.tokens[i]!.start, ctx.tokens[hit.last]!.end);
    const title = hit.payloads.find((t) => surfaceMatches(surface, t.form));
    if (!title || lowerAt(ctx, hit.last + 1) === 'quán') continue;
    const found = { title, first: i, last: hit.last };
    const next = known.get(hit.last + 1);
    if (next && ORG_KINDS.has(next.actor.kind)) return found;
    best ??= found;
  }
  return best;
}

/** A person's name from k: 2–4 capitalised Vietnamese words, or 1–3 Latin ones; or one given name. */
function readPersonName(ctx: ScanContext, k: number, known: Map<number, ActorSpan>): number {
  if (!capAt(ctx, k) || !adjacent(ctx, k)) return -1;
  const latin = isLatinName(ctx, k);
  let last = k;
  const max = latin ? 3 : 4;
  last = hyphenTail(ctx, last);
  let words = 1;
  const vietnamese = SURNAMES.has(ctx.tokens[k]!.key);
  while (words < max && capAt(ctx, last + 1) && adjacent(ctx, last + 1)) {
    const next = known.get(last + 1);
    // "Phạm Đức Long", "Nguyễn Bảo Anh": a syllable of a Vietnamese name that is also a country's short name is the name's.
    const syllable = vietnamese && next?.actor.kind === 'country' && next.last === last + 1 && isVietnameseSyllable(ctx.tokens[last + 1]!.key);
    if (next && next.actor.kind !== 'place' && next.actor.kind !== 'person' && !syllable) break;
    last = hyphenTail(ctx, last + 1);
    words++;
  }
  return last;
}

/** "Jae-il", "Joo-ho": a Korean given name written with a hyphen is one word of the name. */
function hyphenTail(ctx: ScanContext, k: number): number {
  const dash = ctx.tokens[k + 1];
  const tail = ctx.tokens[k + 2];
  if (!dash || !tail || !tail.word || ctx.text.slice(dash.start, dash.end) !== '-') return k;
  return dash.start === ctx.tokens[k]!.end && tail.start === dash.end ? k + 2 : k;
}

function nameText(ctx: ScanContext, first: number, last: number): string {
  return ctx.text.slice(ctx.tokens[first]!.start, ctx.tokens[last]!.end);
}

/** Capitalised words naming a ministry's field ("Ngoại giao", "Công Thương"), ending before a person. */
function readDomain(ctx: ScanContext, k: number, known: Map<number, ActorSpan>): number {
  if (!capAt(ctx, k) || SURNAMES.has(ctx.tokens[k]!.key) || isLatinName(ctx, k) || known.has(k)) return -1;
  let last = k;
  while (last - k < 5 && isWord(ctx, last + 1) && adjacent(ctx, last + 1) && !known.has(last + 1)) {
    const cap = capAt(ctx, last + 1);
    if (cap && (SURNAMES.has(ctx.tokens[last + 1]!.key) || isLatinName(ctx, last + 1))) break;
    // "Bộ trưởng Kế hoạch và Đầu tư Nguyễn Chí Dũng": "và" joins two capitalised words of the field.
    if (!cap && lowerAt(ctx, last + 1) === 'và' && capAt(ctx, last + 2) && adjacent(ctx, last + 2)
      && !SURNAMES.has(ctx.tokens[last + 2]!.key) && !known.has(last + 2)) {
      last += 2;
      continue;
    }
    if (!cap && NAME_STOPS.has(lowerAt(ctx, last + 1))) return -1;
    last++;
  }
  return last;
}

function ministry(ctx: ScanContext, domainFirst: number, domainLast: number, country: ActorSpan | undefined): ActorCandidate {
  const domain = nameText(ctx, domainFirst, domainLast);
  const name = country ? `Bộ ${domain} ${ctx.text.slice(country.start, country.end)}` : `Bộ ${domain}`;
  const known = ctx.gaz.byKey.get(keyOf(name));
  if (known) return known;
  const countryId = country ? (country.actor.kind === 'country' ? country.actor.id : country.actor.country) : null;
  return { id: slugify(name), name, kind: 'government', country: countryId, source: 'pattern', aliases: [name], partOf: null };
}

function titleCase(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** "ông X, Chủ tịch kiêm Tổng giám đốc Amkor, …": a post right after a named person (or after "kiêm") is that person's, not the start of a chain. */
function appositivePost(ctx: ScanContext, first: number, found: readonly PersonFinding[]): boolean {
  if (lowerAt(ctx, first - 1) === 'kiêm') return true;
  const last = found[found.length - 1];
  return last !== undefined && last.span.last === first - 2 && ctx.tokens[first - 1]?.key === ',';
}

/**
 * Finds titled people left to right. `known` holds the organisation and place spans by first token.
 */
export function findPeople(ctx: ScanContext, known: Map<number, ActorSpan>): PersonFinding[] {
  const found: PersonFinding[] = [];
  const people: ActorCandidate[] = [];
  // "Chủ tịch Tập đoàn SK, Chủ tịch Hiệp hội X Chey Tae-won": posts with no name after them, each
  // followed by a comma and the next post, are held by the person the last post names.
  let chained: RoleFinding[] = [];
  let chainNext = -1;
  for (let i = 0; i < ctx.tokens.length; i++) {
    const hit = titleAt(ctx, i, known);
    if (!hit) continue;
    if (hit.first !== chainNext) chained = [];
    chainNext = -1;
    let k = hit.last + 1;
    let org: ActorCandidate | undefined;
    let country: ActorSpan | undefined;
    let domainTitle = '';
    const at = known.get(k);
    if (at && adjacent(ctx, k) && at.actor.kind !== 'person') {
      if (ORG_KINDS.has(at.actor.kind)) org = at.actor;
      else if (at.actor.kind === 'country') country = at;
      k = at.last + 1;
      // "Bộ trưởng Bộ Khoa học và Công nghệ Việt Nam Huỳnh Thành Đạt": the body's country before the name.
      const narrowing = org ? known.get(k) : undefined;
      if (narrowing?.actor.kind === 'country' && adjacent(ctx, k) && SURNAMES.has(ctx.tokens[narrowing.last + 1]?.key ?? '')) k = narrowing.last + 1;
      const host = lowerAt(ctx, k) === 'tại' ? known.get(k + 1)?.actor.kind : undefined;
      if (host === 'country' || host === 'place') k = known.get(k + 1)!.last + 1;
    } else if (GENERIC_PLACE.has(`${lowerAt(ctx, k)} ${lowerAt(ctx, k + 1)}`) && SURNAMES.has(ctx.tokens[k + 2]?.key ?? '') && capAt(ctx, k + 2)) {
      // "các Phó Chủ tịch thành phố Hồ Kỳ Minh": the city is the one the article is about; the name follows it.
      k += 2;
    } else if (hit.title.level === 'office' && isAcronym(ctx, k) && adjacent(ctx, k) && capAt(ctx, k + 1) && adjacent(ctx, k + 1)
      && !isAcronym(ctx, k + 1) && !known.has(k + 1)) {
      // "Giám đốc VRDC Steven Truong": an acronym between a post and a name is the body the post is in.
      const acr = nameText(ctx, k, k);
      org = ctx.gaz.byKey.get(keyOf(acr)) ?? { id: slugify(acr), name: acr, kind: 'organization', country: null, source: 'pattern', aliases: [acr], partOf: null };
      k++;
    } else if (hit.title.level === 'minister') {
      const domainLast = readDomain(ctx, k, known);
      const after = known.get(domainLast + 1);
      if (domainLast >= 0 && (capAt(ctx, domainLast + 1) || after)) {
        // "Thứ trưởng Ngoại giao Mỹ": the field is part of the title, the country the organisation.
        if (after?.actor.kind === 'country') {
          country = after;
          domainTitle = nameText(ctx, k, domainLast);
          k = after.last + 1;
        } else {
          org = ministry(ctx, k, domainLast, undefined);
          k = domainLast + 1;
        }
      }
    }
    const last = readPersonName(ctx, k, known);
    if (last < 0) {
      // A post in a body found by pattern may have swallowed the name ("Phó Chủ tịch Tập đoàn Marc Hamilton,"): known bodies only.
      const post = org ?? country?.actor;
      // Written as a title (capitalised): "… gặp giám đốc Amkor, Thủ tướng X" is an object, then a new subject.
      if (post && (post.source !== 'pattern' || COMMITTEE_RULES.has(at?.rule ?? '')) && !appositivePost(ctx, hit.first, found) && capAt(ctx, hit.first) && hit.title.level !== 'honorific' && ctx.tokens[k]?.key === ',' && titleAt(ctx, k + 1, known)) {
        const role = titleCase(nameText(ctx, hit.first, hit.last)) + (domainTitle ? ` ${domainTitle}` : '');
        chained.push({ role, org: post, start: ctx.tokens[hit.first]!.start, end: ctx.tokens[k - 1]!.end, confidence: 0.75 });
        chainNext = k + 1;
        // Past the post: "Bí thư" inside "Phó Bí thư" is not a post of its own.
        i = k;
      }
      continue;
    }
    const words = last - k + 1;
    let person: ActorCandidate | undefined;
    if (words === 1 && !org && !country) {
      const given = ctx.tokens[k]!.key;
      person = [...people].reverse().find((p) => p.name.split(' ').length > 1 && keyOf(p.name).endsWith(` ${given}`));
      if (!person) continue;
    } else if (words === 1) {
      continue;
    } else {
      const name = nameText(ctx, k, last);
      person = people.find((p) => keyOf(p.name) === keyOf(name))
        ?? { id: slugify(name), name, kind: 'person', country: null, source: 'pattern', aliases: [name], partOf: null };
      if (!people.includes(person)) people.push(person);
    }
    const span: ActorSpan = {
      first: k, last, start: ctx.tokens[k]!.start, end: ctx.tokens[last]!.end, actor: person,
      rule: `title-person:${hit.title.level}`, confidence: hit.title.level === 'honorific' ? 0.75 : 0.85,
    };
    const roles: RoleFinding[] = [];
    const role = titleCase(nameText(ctx, hit.first, hit.last)) + (domainTitle ? ` ${domainTitle}` : '');
    // "Thủ tướng Phạm Minh Chính": a Vietnamese head of government or state with no country named leads Vietnam.
    const home = !org && !country && hit.title.level === 'leader' && SURNAMES.has(ctx.tokens[k]!.key) ? ctx.gaz.byId.get('vietnam') : undefined;
    const target = org ?? country?.actor ?? home;
    if (target && hit.title.level !== 'honorific') {
      roles.push({ role, org: target, start: ctx.tokens[hit.first]!.start, end: span.end, confidence: org || country ? 0.85 : 0.6 });
    }
    for (const r of chained) roles.push({ ...r, end: span.end });
    chained = [];
    roles.push(...readAppositives(ctx, last + 1, known, span));
    if (!person.country) person.country = country ? country.actor.id : (org?.country ?? null);
    found.push({ span, roles, titleFirst: hit.first });
    i = last;
    // "Phó Chủ tịch UBND TP Hồ Kỳ Minh và Hồ Quang Bửu": a second Vietnamese full name after "và" holds the same post.
    const second = lowerAt(ctx, last + 1) === 'và' && SURNAMES.has(ctx.tokens[last + 2]?.key ?? '') ? readPersonName(ctx, last + 2, known) : -1;
    if (second >= last + 3 && !titleAt(ctx, second + 1, known)) {
      const name = nameText(ctx, last + 2, second);
      const other = people.find((p) => keyOf(p.name) === keyOf(name))
        ?? { id: slugify(name), name, kind: 'person' as const, country: person.country, source: 'pattern' as const, aliases: [name], partOf: null };
      if (!people.includes(other)) people.push(other);
      const otherSpan: ActorSpan = { first: last + 2, last: second, start: ctx.tokens[last + 2]!.start, end: ctx.tokens[second]!.end, actor: other, rule: `title-person-shared:${hit.title.level}`, confidence: 0.7 };
      const shared = roles.filter((r) => r.start === ctx.tokens[hit.first]!.start).map((r) => ({ ...r, end: otherSpan.end, confidence: 0.7 }));
      found.push({ span: otherSpan, roles: shared, titleFirst: last + 2 });
      i = second;
    }
  }
  return found;
}

/** ", Chủ tịch, Tổng giám đốc Tập đoàn Nvidia": titles after a name, sharing the organisation that follows. */
function readAppositives(ctx: ScanContext, k: number, known: Map<number, ActorSpan>, person: ActorSpan): RoleFinding[] {
  const roles: RoleFinding[] = [];
  let pending: string[] = [];
  // ", Chủ tịch …" or a spaced dash: "ông Hyun Shin-kyun – Chủ tịch LG CNS".
  const opens = (at: number) => ctx.tokens[at]?.key === ',' || (ctx.tokens[at]?.key === '-' && ctx.tokens[at]!.start > ctx.tokens[at - 1]!.end);
  while (opens(k)) {
    const hit = titleAt(ctx, k + 1, known);
    if (!hit || hit.title.level === 'honorific') break;
    pending.push(titleCase(nameText(ctx, hit.first, hit.last)));
    k = hit.last + 1;
    // "Chủ tịch kiêm Tổng giám đốc Tập đoàn Qualcomm": titles joined by "kiêm" share the organisation.
    while (lowerAt(ctx, k) === 'kiêm') {
      const next = titleAt(ctx, k + 1, known);
      if (!next || next.title.level === 'honorific') break;
      pending.push(titleCase(nameText(ctx, next.first, next.last)));
      k = next.last + 1;
    }
    const org = known.get(k);
    if (org && adjacent(ctx, k) && ORG_KINDS.has(org.actor.kind)) {
      // "Chủ tịch Hyosung Cho Hyun-joon, Giám đốc Nvidia Jensen Huang": a name after the body makes the post that name's.
      if (readPersonName(ctx, org.last + 1, known) > org.last + 1) break;
      for (const role of pending) {
        roles.push({ role, org: org.actor, start: person.start, end: org.end, confidence: 0.8 });
      }
      pending = [];
      k = org.last + 1;
    }
  }
  return roles;
}
