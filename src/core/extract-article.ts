/**
 * extractArticle: one article's text → claims with evidence (the contract in claims.ts). Pure and
 * deterministic; the reference data is compiled once per Reference object.
 */
import { findActors, type ActorFindings } from './actors/find-actors.ts';
import { compileGazetteer, keyOf, type CompiledGazetteer } from './actors/gazetteer-matcher.ts';
import { tokenize } from './actors/tokenize.ts';
import type { ActorSpan } from './actors/types.ts';
import { articleId } from './article-id.ts';
import type { Actor, ArticleClaims, Evidence, Pledge, Sector } from './claims.ts';
import { findDates } from './parse/dates.ts';
import { findQuantities } from './parse/numbers.ts';
import { findPeriods } from './parse/periods.ts';
import { findPledges, pledgeMemory, statesRelation } from './pledges/find-pledges.ts';
import { namedInvestor } from './pledges/named-investor.ts';
import { onePerAmount } from './pledges/one-per-amount.ts';
import type { RawArticle } from './read/parse-article-file.ts';
import type { Reference } from './reference.ts';
import { tablesFor } from './lang/detect-language.ts';
import { extractEnglish } from './lang/en/extract-english.ts';
import { assembleRelations } from './relations/assemble-relations.ts';
import { findBetweenParties } from './relations/between-parties.ts';
import { findCountryPairs, VI_PAIR_WORDS } from './relations/country-pair.ts';
import { HitIndex, withoutHomeCountries, within, type SentenceView } from './relations/clause-view.ts';
import { findEventRelations } from './relations/event-rules.ts';
import { findDescriptorFocus } from './relations/descriptor-focus.ts';
import { findHomeCountries } from './relations/home-country.ts';
import { findPlaceAppositives } from './relations/place-appositive.ts';
import { findProjectSite } from './relations/project-site.ts';
import { findParkInName } from './relations/park-in-name.ts';
import { findParkDevelopers } from './relations/park-developer.ts';
import { findJointLaunches } from './relations/joint-launch.ts';
import { envoyBody } from './relations/envoy-government.ts';
import { findFocus, type FocusCarry } from './relations/focus-rules.ts';
import { focusInNames } from './relations/name-focus.ts';
import { evidenceOf, type RelationDraft } from './relations/relation-draft.ts';
import { findStructureRelations, partOfFromGazetteer } from './relations/structure-rules.ts';
import { compileSectors, scanSectors, type CompiledSectors, type SectorHit } from './sectors/sector-matcher.ts';
import { findBody, type Range } from './text/boilerplate.ts';
import { foldText, lowerText } from './text/fold.ts';
import { splitClauses, splitSentences } from './text/segment.ts';

export interface Extractor {
  extract(article: RawArticle): ArticleClaims;
}

export interface Compiled {
  gaz: CompiledGazetteer;
  sectors: CompiledSectors;
  /** Sector id → the headline sector it falls under (itself or an ancestor), or null. */
  headline: (id: string) => string | null;
}

function headlineOf(sectors: CompiledSectors): (id: string) => string | null {
  const memo = new Map<string, string | null>();
  const find = (id: string): string | null => {
    if (memo.has(id)) return memo.get(id)!;
    memo.set(id, null); // a cycle in the parents ends here
    const entry = sectors.byId.get(id);
    const found = !entry ? null : entry.headline ? id : entry.parent ? find(entry.parent) : null;
    memo.set(id, found);
    return found;
  };
  return find;
}

/** Compiles the reference data once; `extract` then runs per article. */
export function createExtractor(reference: Reference): Extractor {
  const sectors = compileSectors(reference.sectors);
  const compiled: Compiled = { gaz: compileGazetteer(reference.gazetteer), sectors, headline: headlineOf(sectors) };
  return { extract: (article) => extractWith(compiled, article) };
}

const cache = new WeakMap<Reference, Extractor>();

export function extractArticle(article: RawArticle, reference: Reference): ArticleClaims {
  let extractor = cache.get(reference);
  if (!extractor) {
    extractor = createExtractor(reference);
    cache.set(reference, extractor);
  }
  return extractor.extract(article);
}

/** The country the article is about when a pledge names no recipient: Vietnam if named, else the most named. */
const GEO_PLEDGERS = new Set(['country', 'place']);

export function homeCountry(findings: ActorFindings): string | null {
  if (findings.records.has('vietnam')) return 'vietnam';
  let best: string | null = null;
  let most = 0;
  for (const rec of findings.records.values()) {
    if (rec.actor.kind === 'country' && rec.mentions.length > most) {
      best = rec.actor.id;
      most = rec.mentions.length;
    }
  }
  return best;
}

function extractWith(compiled: Compiled, article: RawArticle): ArticleClaims {
  // An English article reads with the English tables (src/core/lang/en); every other one as before.
  if (tablesFor(article.language) === 'en') return extractEnglish(compiled, article);
  const text = article.text;
  const body = findBody(text);
  const lowered = lowerText(text);
  const tokens = tokenize(foldText(text), body);
  const findings = findActors(text, tokens, compiled.gaz);
  const blocked = new Uint8Array(tokens.length + 1);
  for (const m of findings.mentions) for (let k = m.first; k <= m.last; k++) blocked[k] = 1;
  const sectorHits = scanSectors(text, tokens, compiled.sectors, blocked);

  const inBody = (r: { start: number; end: number }) => body.some((b) => r.start >= b.start && r.end <= b.end);
  const quantities = findQuantities(text).filter(inBody);
  const periods = findPeriods(text, article.published).filter(inBody);
  const dates = findDates(text, article.published).filter((d) => d.date && inBody(d) && !periods.some((p) => p.start < d.end && d.start < p.end));
  const year = article.published ? Number(article.published.slice(0, 4)) : null;
  const home = homeCountry(findings);
  const lookup = (name: string) => compiled.gaz.byKey.get(keyOf(name));

  const drafts: RelationDraft[] = [];
  // One post per person and organisation: "Chủ tịch kiêm Tổng giám đốc Qualcomm" is one HOLDS_ROLE.
  const posts = new Map<string, RelationDraft>();
  const articleActors = [...findings.records.values()].map((rec) => rec.actor);
  for (const r of findings.roles) {
    const org = envoyBody(r.role, r.org, articleActors);
    const key = `${r.person.id}\u0000${org}`;
    const known = posts.get(key);
    if (known) {
      if (!known.role!.split(', ').includes(r.role)) known.role = `${known.role}, ${r.role}`;
      continue;
    }
    const draft: RelationDraft = { type: 'HOLDS_ROLE', from: r.person.id, to: org, role: r.role, date: null, evidence: evidenceOf(text, r, 'title-role', r.confidence) };
    posts.set(key, draft);
    drafts.push(draft);
  }

  const pledges = new Map<string, Pledge>();
  const carried = pledgeMemory();
  const phrases = findings.phrases;
  const index = new HitIndex(lowered, tokens);
  const byStart = <T extends { start: number }>(xs: T[]) => xs.sort((a, b) => a.start - b.start);
  byStart(quantities);
  byStart(periods);
  byStart(dates);
  const focusCarry: FocusCarry = { subjects: [], companies: [], age: 0 };
  // A headline sums up ("Nhật Bản rót 2 tỷ USD vào bán dẫn"): a country or place there is not the one who pledged.
  const headlineEnd = text.indexOf('\n') < 0 ? -1 : text.indexOf('\n');
  let mi = 0;
  let ri = 0;
  const raw = findings.mentions;
  const investor = namedInvestor(lowered, findings.phrases.filter(inBody));
  for (const sentence of splitSentences(text, body)) {
    while (mi < phrases.length && phrases[mi]!.start < sentence.start) mi++;
    while (ri < raw.length && raw[ri]!.start < sentence.start) ri++;
    const mentions: ActorSpan[] = [];
    for (let k = mi; k < phrases.length && phrases[k]!.start < sentence.end; k++) if (phrases[k]!.end <= sentence.end) mentions.push(phrases[k]!);
    // Names as written, a person's title and appositive not folded in: "…, Chủ tịch Tập đoàn Qualcomm (Mỹ)" still ties Qualcomm to Mỹ.
    const names: ActorSpan[] = [];
    for (let k = ri; k < raw.length && raw[k]!.start < sentence.end; k++) if (raw[k]!.end <= sentence.end) names.push(raw[k]!);
    const view: SentenceView = { sentence, clauses: splitClauses(text, sentence), mentions: withoutHomeCountries(mentions, text), lowered, roleOrg: findings.roleOrg, roleBody: findings.roleBody, index, sentenceHits: [] };
    const date = within(dates, sentence)[0]?.date ?? null;
    const sentenceSectors = within(sectorHits, sentence);
    const events = findEventRelations(text, view, date);
    const structure = findStructureRelations(text, { ...view, mentions: names }, lookup);
    const partOf = partOfFromGazetteer(text, mentions);
    const sited = findProjectSite(text, view, focusCarry.subjects, (id) => findings.records.get(id)?.actor);
    const focus = findFocus(text, view, sentenceSectors, focusCarry, compiled.headline);
    const described = findDescriptorFocus(text, view, sentenceSectors, compiled.headline);
    const homes = findHomeCountries(text, { ...view, mentions: names }, lookup, home);
    const between = findBetweenParties(text, view);
    const placed = findPlaceAppositives(text, { ...view, mentions: names });
    const launched = findJointLaunches(text, view);
    const developed = findParkDevelopers(text, view);
    const parkPlaces = findParkInName(text, { ...view, mentions: names }, lookup);
    const pairs = findCountryPairs(text, view, VI_PAIR_WORDS);
    for (const found of [events, structure, partOf, focus, described, homes, sited, between, placed, launched, developed, parkPlaces, pairs]) {
      for (const d of found) drafts.push(d);
    }
    for (const p of findPledges({ text, view, quantities: within(quantities, sentence), periods: within(periods, sentence), sectors: sentenceSectors, home, year, investor }, carried)) {
      if (sentence.end <= headlineEnd && GEO_PLEDGERS.has(findings.records.get(p.by)?.actor.kind ?? '')) continue;
      const known = pledges.get(p.id);
      if (known) known.evidence.push(...p.evidence.filter((e) => !known.evidence.some((k) => k.start === e.start)));
      else pledges.set(p.id, p);
      drafts.push(...relationsOfPledge(p, date));
    }
  }

  const actors = actorsOf(findings, text, inBody);
  const known = new Set(actors.map((a) => a.id));
  const sectorList = sectorsOf(sectorHits, text, compiled);
  const sectorIds = new Set(sectorList.map((s) => s.id));
  drafts.push(...focusInNames(text, tokens, findings.mentions, compiled.sectors, compiled.headline, sectorIds));
  const relations = assembleRelations(drafts.filter((d) => inBody(d.evidence) && known.has(d.from) && (d.type === 'FOCUSES_ON' ? sectorIds.has(d.to) : known.has(d.to))));
  const pledgeList = onePerAmount([...pledges.values()], home).filter((p) => known.has(p.by) && (p.to === null || known.has(p.to)));
  return {
    article: {
      id: articleId(text), file: article.file, title: article.title, published: article.published,
      language: article.language, outlet: article.outlet, url: article.url, body: body.map((b: Range) => ({ start: b.start, end: b.end })),
      textLength: text.length,
    },
    actors,
    sectors: sectorList,
    pledges: pledgeList,
    relations,
  };
}

/**
 * The relation a pledge with a recipient states (both languages): investing and aid → INVESTS_IN
 * (GOLD-CONVENTIONS reads aid given to support as funding), training → TRAINS. `states` is the
 * language's test that the pledge is firm enough to state one; `rule` names the evidence.
 */
export function relationsOfPledge(p: Pledge, date: string | null, states: (p: Pledge) => boolean = statesRelation, rule = 'from-pledge'): RelationDraft[] {
  if (!p.to || !states(p)) return [];
  const type = p.kind === 'investment' || p.kind === 'aid' ? 'INVESTS_IN' : p.kind === 'training' ? 'TRAINS' : null;
  if (!type) return [];
  const e = p.evidence[0]!;
  return [{ type, from: p.by, to: p.to, role: null, date, evidence: { ...e, rule: `${type.toLowerCase()}:${rule}`, confidence: e.confidence * 0.9 } }];
}

export function actorsOf(findings: ActorFindings, text: string, inBody: (r: Evidence) => boolean): Actor[] {
  const actors: Actor[] = [];
  for (const rec of findings.records.values()) {
    const mentions = rec.mentions.filter(inBody);
    if (mentions.length === 0) continue;
    const a = rec.actor;
    actors.push({ id: a.id, name: a.name, kind: a.kind, aliases: [...rec.aliases], country: a.country, source: a.source, mentions });
  }
  // Organisations named only through a title ("Thứ trưởng Ngoại giao Mỹ …") join with the role as evidence.
  const ids = new Set(actors.map((a) => a.id));
  for (const r of findings.roles) {
    if (ids.has(r.org.id)) continue;
    ids.add(r.org.id);
    const mention = evidenceOf(text, r, 'title-role', r.confidence);
    if (!inBody(mention)) continue;
    actors.push({ id: r.org.id, name: r.org.name, kind: r.org.kind, aliases: [...r.org.aliases], country: r.org.country, source: r.org.source, mentions: [mention] });
  }
  return actors;
}

/** The sectors named, and the headline sectors they fall under (what FOCUSES_ON points at), with their keywords as mentions. */
export function sectorsOf(hits: readonly SectorHit[], text: string, compiled: Compiled): Sector[] {
  const byId = new Map<string, Sector>();
  const mention = (id: string, h: SectorHit, rule: string) => {
    let s = byId.get(id);
    if (!s) {
      const entry = compiled.sectors.byId.get(id)!;
      s = { id, name: entry.name, nameVi: entry.nameVi, parent: entry.parent, mentions: [] };
      byId.set(id, s);
    }
    s.mentions.push({ quote: text.slice(h.start, h.end), start: h.start, end: h.end, rule, confidence: 0.8 });
  };
  for (const h of hits) {
    mention(h.sector.id, h, 'sector-keyword');
    const top = compiled.headline(h.sector.id);
    if (top && top !== h.sector.id) mention(top, h, 'sector-keyword:subsector');
  }
  return [...byId.values()];
}
