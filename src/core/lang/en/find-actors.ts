/**
 * All actor mentions of one English article, in passes: gazetteer (its English aliases), English
 * organisation heads and brands, acronyms in parentheses and names the article itself introduced,
 * people (titled, with an appositive, Vietnamese full names), their short forms, and the country
 * a demonym attaches to a name ("Vietnamese tech giant FPT"). Returns the same findings as the
 * Vietnamese `findActors`, so the rest of the pipeline reads both alike.
 */
import type { ActorFindings, ActorRecord, PersonRole } from '../../actors/find-actors.ts';
import { isSyllableCountry } from '../../actors/find-actors.ts';
import { governmentsOf } from '../../actors/governments.ts';
import { scanGazetteer, type CompiledGazetteer } from '../../actors/gazetteer-matcher.ts';
import { scanLocalAliases } from '../../actors/local-aliases.ts';
import type { PersonFinding } from '../../actors/person-patterns.ts';
import { adjacent, capAt, createContext, wordAt, type ScanContext } from '../../actors/scan-context.ts';
import { selectSpans, spansByFirst } from '../../actors/select-spans.ts';
import type { Token } from '../../actors/tokenize.ts';
import type { ActorCandidate, ActorSpan } from '../../actors/types.ts';
import { acronymAfter, demonymAt, findEnglishOrganisations } from './org-patterns.ts';
import { findEnglishPeople, shortForms } from './person-patterns.ts';

/** Mentions that point at an actor without naming it: not aliases. */
export const NOT_NAMES = new Set(['en-demonym']);

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

function localForms(spans: readonly ActorSpan[], ctx: ScanContext): Array<{ form: string; actor: ActorCandidate }> {
  const forms: Array<{ form: string; actor: ActorCandidate }> = [];
  for (const s of spans) {
    if (s.rule === 'acronym-in-parentheses') forms.push({ form: wordAt(ctx, s.first), actor: s.actor });
    else if (s.actor.source === 'pattern') for (const form of s.actor.aliases) forms.push({ form, actor: s.actor });
  }
  return forms;
}


/** "Vietnamese tech giant FPT", "South Korean conglomerate SK": the country a demonym gives the name after it (up to four lower-case words between). */
function demonymSpans(ctx: ScanContext, spans: readonly ActorSpan[]): ActorSpan[] {
  const byFirst = spansByFirst(spans);
  const out: ActorSpan[] = [];
  for (let i = 0; i < ctx.tokens.length; i++) {
    const d = capAt(ctx, i) ? demonymAt(ctx, i) : null;
    if (!d || byFirst.has(i)) continue;
    const country = ctx.gaz.byId.get(d.country);
    if (!country) continue;
    let k = d.last + 1;
    for (let n = 0; n < 5 && k < ctx.tokens.length; n++, k++) {
      const named = byFirst.get(k);
      if (named && adjacent(ctx, k)) {
        if (named.actor.kind !== 'person' && named.actor.kind !== 'country' && named.actor.kind !== 'place') {
          out.push({ first: i, last: d.last, start: ctx.tokens[i]!.start, end: ctx.tokens[d.last]!.end, actor: country, rule: 'en-demonym', confidence: 0.7 });
        }
        break;
      }
      const t = ctx.tokens[k]!;
      if (!t.word || capAt(ctx, k) || !adjacent(ctx, k)) break;
    }
  }
  return out;
}

function peopleSpans(people: readonly PersonFinding[], spans: readonly ActorSpan[], tokens: readonly Token[]): PersonFinding[] {
  const tokenCount = tokens.length;
  // A person's name may swallow a place ("Ha" in a name) or a one-syllable country ("Nguyen Phuoc Duc"), never an organisation.
  const nonPlace = new Uint8Array(tokenCount + 1);
  for (const s of spans) {
    if (s.actor.kind === 'place' || s.actor.kind === 'person' || isSyllableCountry(s, tokens)) continue;
    for (let k = s.first; k <= s.last; k++) nonPlace[k] = 1;
  }
  return people.filter((p) => {
    for (let k = p.span.first; k <= p.span.last; k++) if (nonPlace[k]) return false;
    return true;
  });
}

function phrasesOf(spans: readonly ActorSpan[], people: readonly PersonFinding[], tokens: readonly Token[]): ActorSpan[] {
  const byFirst = new Map(people.map((p) => [p.span.first, p]));
  const inTitle = new Uint8Array(tokens.length + 1);
  const out: ActorSpan[] = [];
  for (const s of spans) {
    const p = s.actor.kind === 'person' ? byFirst.get(s.first) : undefined;
    if (!p || p.span.actor.id !== s.actor.id) continue;
    for (let k = p.titleFirst; k < s.first; k++) inTitle[k] = 1;
    let end = s.end;
    let last = s.last;
    // "Truong Gia Binh, chairman of FPT, said …": the appositive belongs to the person.
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
  for (const s of spans) {
    if (s.actor.kind === 'person' && byFirst.get(s.first)?.span.actor.id === s.actor.id) continue;
    if (inTitle[s.first]) continue;
    out.push(s);
  }
  return out.sort((a, b) => a.start - b.start || a.end - b.end);
}

export function findEnglishActors(text: string, tokens: Token[], gaz: CompiledGazetteer): ActorFindings {
  const gazSpans = scanGazetteer(text, tokens, gaz);
  let ctx = createContext(text, tokens, gaz, gazSpans);
  const covered = new Uint8Array(tokens.length + 1);
  // Gazetteer spans first: of two equally long spans the known name wins.
  let spans = selectSpans([...gazSpans, ...findEnglishOrganisations(ctx)], tokens.length, covered);
  for (const s of [...spans]) {
    const acr = acronymAfter(ctx, s);
    if (acr && !covered[acr.first]) {
      covered[acr.first] = 1;
      spans.push(acr);
    }
  }
  unifyIds(spans);
  covered.fill(0);
  spans = selectSpans([...spans, ...scanLocalAliases(text, tokens, localForms(spans, ctx))], tokens.length, covered);
  unifyIds(spans);

  ctx = createContext(text, tokens, gaz, spans);
  const known = spansByFirst(spans);
  const knownEnd = new Map(spans.map((s) => [s.last, s]));
  const govs = governmentsOf(gaz);
  const people = peopleSpans(findEnglishPeople({ ctx, known, knownEnd, governmentOf: (c) => govs.get(c) }), spans, tokens);
  const personal = new Uint8Array(tokens.length + 1);
  for (const p of people) for (let k = p.span.first; k <= p.span.last; k++) personal[k] = 1;
  spans = spans.filter((s) => {
    for (let k = s.first; k <= s.last; k++) if (personal[k]) return false;
    return true;
  });
  covered.fill(0);
  spans = selectSpans([...spans, ...people.map((p) => p.span)], tokens.length, covered);
  const forms = localForms(people.map((p) => p.span), ctx);
  for (const p of people) for (const f of shortForms(p.span.actor.name)) forms.push({ form: f, actor: p.span.actor });
  covered.fill(0);
  spans = selectSpans([...spans, ...scanLocalAliases(text, tokens, forms)], tokens.length, covered);
  unifyIds(spans);
  spans.push(...demonymSpans(createContext(text, tokens, gaz, spans), spans));
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
  for (const p of people) {
    for (const r of p.roles) {
      roles.push({ ...r, person: records.get(p.span.actor.id)?.actor ?? p.span.actor });
      if (!roleOrg.has(p.span.actor.id)) roleOrg.set(p.span.actor.id, r.org.id);
      if (!roleBody.has(p.span.actor.id) && r.org.kind !== 'country' && r.org.kind !== 'place') roleBody.set(p.span.actor.id, r.org.id);
    }
  }
  return { records, mentions: spans, phrases: phrasesOf(spans, people, tokens), roles, roleOrg, roleBody };
}
