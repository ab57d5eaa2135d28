/**
 * All actor mentions of one article, in passes: gazetteer, organisation heads, names the article
 * itself introduced (acronyms, earlier full names), titled people, then brands with a company cue.
 */
import type { Evidence } from '../claims.ts';
import { findAdminPlaces } from './admin-places.ts';
import { findBareHeads } from './bare-heads.ts';
import { findBilateral } from './bilateral.ts';
import { findBrands } from './brand-patterns.ts';
import { extendCompanies } from './company-extensions.ts';
import { keyOf, scanGazetteer, type CompiledGazetteer } from './gazetteer-matcher.ts';
import { findListedCompanies } from './listed-companies.ts';
import { scanLocalAliases } from './local-aliases.ts';
import { findOrganisations } from './org-patterns.ts';
import { findPeople, type RoleFinding } from './person-patterns.ts';
import { createContext, isAcronym, wordAt, type ScanContext } from './scan-context.ts';
import { selectSpans, spansByFirst } from './select-spans.ts';
import type { Token } from './tokenize.ts';
import type { ActorCandidate, ActorSpan } from './types.ts';
import { isVietnameseSyllable } from './vietnamese-words.ts';

export interface ActorRecord {
  actor: ActorCandidate;
  aliases: Set<string>;
  mentions: Evidence[];
}

export interface PersonRole extends RoleFinding {
  person: ActorCandidate;
}

export interface ActorFindings {
  records: Map<string, ActorRecord>;
  /** Every mention, by position. */
  mentions: ActorSpan[];
  /**
   * Mentions as the relation rules see them: a titled person spans the title ("Bộ trưởng Bộ Kế
   * hoạch - Đầu tư Nguyễn Chí Dũng") and the organisation inside the title is left out.
   */
  phrases: ActorSpan[];
  roles: PersonRole[];
  /** Person id → the organisation (or country) of the person's first role. */
  roleOrg: Map<string, string>;
  /** Person id → the organisation (not a country) of the person's first role in one. */
  roleBody: Map<string, string>;
}

const NOT_NAMES = new Set(['bilateral-short-form', 'two-countries', 'bare-head-anaphora', 'bare-committee']);

function phrasesOf(spans: readonly ActorSpan[], people: ReadonlyArray<{ span: ActorSpan; titleFirst: number; roles: readonly RoleFinding[] }>, tokens: readonly Token[]): ActorSpan[] {
  const byFirst = new Map(people.map((p) => [p.span.first, p]));
  const inTitle = new Uint8Array(tokens.length + 1);
  const out: ActorSpan[] = [];
  for (const s of spans) {
    const p = s.actor.kind === 'person' ? byFirst.get(s.first) : undefined;
    if (p && p.span.actor.id === s.actor.id) {
      for (let k = p.titleFirst; k < s.first; k++) inTitle[k] = 1;
      // "Ông Lee Jae-yong, Chủ tịch Samsung Electronics, đã gặp …": the appositive belongs to the person.
      let end = s.end;
      let last = s.last;
      for (const r of p.roles) {
        if (r.start !== s.start || r.end <= end) continue;
        const org = spans.find((o) => o.end === r.end && o.start > s.end);
        if (!org) continue;
        for (let k = s.last + 1; k <= org.last; k++) inTitle[k] = 1;
        end = org.end;
        last = org.last;
      }
      out.push({ ...s, first: p.titleFirst, start: tokens[p.titleFirst]!.start, end, last });
    }
  }
  for (const s of spans) {
    if (s.actor.kind === 'person' && byFirst.get(s.first)?.span.actor.id === s.actor.id) continue;
    if (inTitle[s.first]) continue;
    out.push(s);
  }
  return out.sort((a, b) => a.start - b.start || a.end - b.end);
}

/** "(WEF)" right after a known name: the acronym names it too. */
function acronymSpans(ctx: ScanContext, spans: ActorSpan[], covered: Uint8Array): ActorSpan[] {
  const out: ActorSpan[] = [];
  for (const s of spans) {
    const k = s.last + 1;
    if (ctx.tokens[k]?.key !== '(' || ctx.tokens[k + 2]?.key !== ')' || covered[k + 1] || !isAcronym(ctx, k + 1)) continue;
    const t = ctx.tokens[k + 1]!;
    covered[k + 1] = 1;
    out.push({ first: k + 1, last: k + 1, start: t.start, end: t.end, actor: s.actor, rule: 'acronym-in-parentheses', confidence: 0.8 });
  }
  return out;
}

function localForms(spans: readonly ActorSpan[], ctx: ScanContext): Array<{ form: string; actor: ActorCandidate }> {
  const forms: Array<{ form: string; actor: ActorCandidate }> = [];
  for (const s of spans) {
    if (s.rule === 'acronym-in-parentheses') forms.push({ form: wordAt(ctx, s.first), actor: s.actor });
    else if (s.actor.source === 'pattern') for (const form of s.actor.aliases) forms.push({ form, actor: s.actor });
  }
  return forms;
}

function unifyIds(spans: ActorSpan[]): void {
  const byId = new Map<string, ActorCandidate>();
  for (const s of spans) {
    const first = byId.get(s.actor.id);
    if (!first) byId.set(s.actor.id, s.actor);
    else if (first !== s.actor) {
      for (const a of s.actor.aliases) if (!first.aliases.includes(a)) first.aliases.push(a);
      first.country ??= s.actor.country;
      s.actor = first;
    }
  }
}

/** Whether the word right before span `s` is `word` (lower case, as written). */
function wordBeforeIs(text: string, tokens: readonly Token[], s: ActorSpan, word: string): boolean {
  const t = s.first > 0 ? tokens[s.first - 1]! : undefined;
  return t !== undefined && text.slice(t.start, t.end).toLowerCase() === word;
}

/** Every span of an actor id in `same` becomes the actor it maps to, which takes its aliases. */
function foldInto(spans: ActorSpan[], same: ReadonlyMap<string, ActorCandidate>): void {
  if (same.size === 0) return;
  for (const s of spans) {
    const to = same.get(s.actor.id);
    if (!to) continue;
    for (const alias of s.actor.aliases) if (!to.aliases.includes(alias)) to.aliases.push(alias);
    s.actor = to;
  }
}

/**
 * "Hithium" (a headline) and "Xiamen Hithium Energy Storage Technology", "Yangjie" and "Yangzhou
 * Yangjie Electronic Technology": a one-word brand found by pattern that is a word of a longer company
 * name found by pattern in the same article is that company's short name. Gazetteer names are left
 * alone (their parents and units are kept apart there).
 */
function shortBrandsOfLongNames(spans: ActorSpan[]): void {
  const long = [...new Set(spans.map((s) => s.actor))].filter((a) => a.kind === 'company' && a.source === 'pattern' && a.name.split(/\s+/u).length >= 3);
  if (long.length === 0) return;
  const same = new Map<string, ActorCandidate>();
  for (const s of spans) {
    const a = s.actor;
    if (a.kind !== 'company' || a.source !== 'pattern' || /\s/u.test(a.name) || a.name.length < 3 || same.has(a.id)) continue;
    const key = keyOf(a.name);
    const owners = long.filter((l) => l !== a && keyOf(l.name).split(' ').includes(key));
    if (owners.length === 1) same.set(a.id, owners[0]!);
  }
  foldInto(spans, same);
}

const BODY_KINDS = new Set(['company', 'organization', 'government', 'university']);

/**
 * "Công ty TNHH Tập đoàn Khoa học Công nghệ Huadian Trung Quốc (Tập đoàn Hoa Điện)": a body's name
 * in brackets right after a body of the same kind is its short name; every mention of the short name
 * is the first body. Only a short name the gazetteer does not know is folded in.
 */
function bracketedShortNames(spans: ActorSpan[], tokens: readonly Token[]): void {
  const same = new Map<string, ActorCandidate>();
  for (let i = 0; i + 1 < spans.length; i++) {
    const a = spans[i]!;
    const b = spans[i + 1]!;
    if (b.first !== a.last + 2 || tokens[a.last + 1]?.key !== '(' || tokens[b.last + 1]?.key !== ')') continue;
    if (!BODY_KINDS.has(a.actor.kind) || a.actor.kind !== b.actor.kind || b.actor.source !== 'pattern' || a.actor.id === b.actor.id) continue;
    same.set(b.actor.id, a.actor);
  }
  foldInto(spans, same);
}

export function findActors(text: string, tokens: Token[], gaz: CompiledGazetteer): ActorFindings {
  // "tiếng Anh", "tiếng Nhật": a language, not the country.
  const gazSpans = scanGazetteer(text, tokens, gaz).filter((s) => !(s.actor.kind === 'country' && wordBeforeIs(text, tokens, s, 'tiếng'))
    // "liên Chính phủ" (intergovernmental), "phi chính phủ" (non-governmental): no government at all.
    && !(s.actor.kind === 'government' && s.first === s.last - 1 && (wordBeforeIs(text, tokens, s, 'liên') || wordBeforeIs(text, tokens, s, 'phi'))));
  const ctx = createContext(text, tokens, gaz, gazSpans);
  const covered = new Uint8Array(tokens.length + 1);
  let spans = selectSpans([...gazSpans, ...findOrganisations(ctx), ...findAdminPlaces(ctx)].sort((a, b) => a.first - b.first), tokens.length, covered);
  // Narrowed spans replace the gazetteer spans they contain, so the map must be rebuilt.
  spans = extendCompanies(ctx, spans);
  for (const s of spans) for (let k = s.first; k <= s.last; k++) covered[k] = 1;
  spans = [...spans, ...acronymSpans(ctx, spans, covered), ...findListedCompanies(ctx, spans, covered)].sort((a, b) => a.first - b.first);
  unifyIds(spans);
  bracketedShortNames(spans, tokens);
  covered.fill(0);
  spans = selectSpans([...spans, ...scanLocalAliases(text, tokens, localForms(spans, ctx))], tokens.length, covered);
  unifyIds(spans);

  const people = findPeople(ctx, spansByFirst(spans));
  // A person's name may swallow a place ("Lâm" in a name) or a one-syllable country ("Phạm Đức Long"), never an organisation.
  const nonPlace = new Uint8Array(tokens.length + 1);
  for (const s of spans) if (s.actor.kind !== 'place' && !isSyllableCountry(s, tokens)) for (let k = s.first; k <= s.last; k++) nonPlace[k] = 1;
  const personSpans = people.map((p) => p.span).filter((p) => {
    for (let k = p.first; k <= p.last; k++) if (nonPlace[k]) return false;
    return true;
  });
  const personal = new Uint8Array(tokens.length + 1);
  for (const p of personSpans) for (let k = p.first; k <= p.last; k++) personal[k] = 1;
  spans = spans.filter((s) => {
    for (let k = s.first; k <= s.last; k++) if (personal[k]) return false;
    return true;
  });
  covered.fill(0);
  spans = selectSpans([...spans, ...personSpans], tokens.length, covered);
  covered.fill(0);
  spans = selectSpans([...spans, ...scanLocalAliases(text, tokens, localForms(personSpans, ctx))], tokens.length, covered);
  unifyIds(spans);
  const brands = findBrands(ctx, spansByFirst(spans), covered);
  spans = [...spans.filter((s) => !brands.some((b) => s.first <= b.last && b.first <= s.last)), ...brands];
  if (brands.length > 0) {
    // A brand known from one mention ("G42 - tập đoàn công nghệ …") is the same brand where nothing said so ("G42, FPT và …").
    covered.fill(0);
    spans = selectSpans([...spans, ...scanLocalAliases(text, tokens, localForms(brands, ctx))], tokens.length, covered);
  }
  shortBrandsOfLongNames(spans);
  unifyIds(spans);
  spans.sort((a, b) => a.first - b.first);
  spans.push(...findBareHeads(text, tokens, spans, covered));
  const pairs = findBilateral(text, tokens, covered, spans, gaz);
  spans = spans.filter((s) => !pairs.some((p) => s.first <= p.last && p.first <= s.last));
  spans.push(...pairs);
  spans.sort((a, b) => a.first - b.first);

  const records = new Map<string, ActorRecord>();
  for (const s of spans) {
    let rec = records.get(s.actor.id);
    if (!rec) {
      rec = { actor: s.actor, aliases: new Set(s.actor.aliases), mentions: [] };
      records.set(s.actor.id, rec);
    }
    const quote = text.slice(s.start, s.end);
    if (!NOT_NAMES.has(s.rule)) rec.aliases.add(quote);
    rec.mentions.push({ quote, start: s.start, end: s.end, rule: s.rule, confidence: s.confidence });
  }
  const roles: PersonRole[] = [];
  const roleOrg = new Map<string, string>();
  const roleBody = new Map<string, string>();
  const kept = people.filter((p) => personSpans.includes(p.span));
  for (const p of kept) {
    for (const r of p.roles) {
      roles.push({ ...r, person: records.get(p.span.actor.id)?.actor ?? p.span.actor });
      if (!roleOrg.has(p.span.actor.id)) roleOrg.set(p.span.actor.id, r.org.id);
      if (!roleBody.has(p.span.actor.id) && r.org.kind !== 'country' && r.org.kind !== 'place') roleBody.set(p.span.actor.id, r.org.id);
    }
  }
  return { records, mentions: spans, phrases: phrasesOf(spans, kept, tokens), roles, roleOrg, roleBody };
}

/** A country named by one syllable that Vietnamese names also use ("Đức", "Anh"): the person reader decides when it is a name's. */
export function isSyllableCountry(s: ActorSpan, tokens: readonly Token[]): boolean {
  return s.actor.kind === 'country' && s.first === s.last && isVietnameseSyllable(tokens[s.first]!.key);
}
