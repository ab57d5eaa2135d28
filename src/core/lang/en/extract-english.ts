/**
 * One English article's text → claims with evidence: the Vietnamese pipeline's order and shared
 * parts (body, tokens, gazetteer, sectors, merging, contract), with the English tables and rules of
 * this folder in place of the Vietnamese ones. Pure and deterministic.
 */
import { tokenize } from '../../actors/tokenize.ts';
import type { ActorSpan } from '../../actors/types.ts';
import { articleId } from '../../article-id.ts';
import type { ArticleClaims, Pledge } from '../../claims.ts';
import { actorsOf, homeCountry, relationsOfPledge, sectorsOf, type Compiled } from '../../extract-article.ts';
import { namedInvestor } from '../../pledges/named-investor.ts';
import { onePerAmount } from '../../pledges/one-per-amount.ts';
import type { RawArticle } from '../../read/raw-article.ts';
import { assembleRelations } from '../../relations/assemble-relations.ts';
import { HitIndex, within, type SentenceView } from '../../relations/clause-view.ts';
import { evidenceOf, type RelationDraft } from '../../relations/relation-draft.ts';
import { partOfFromGazetteer } from '../../relations/structure-rules.ts';
import { focusInNames } from '../../relations/name-focus.ts';
import { scanSectors } from '../../sectors/sector-matcher.ts';
import { findBody, type Range } from '../../text/boilerplate.ts';
import { foldText, lowerText } from '../../text/fold.ts';
import { splitEnglishClauses, withoutPossessiveModifiers } from './clause.ts';
import { englishBody } from './boilerplate.ts';
import { findEnglishDates } from './dates.ts';
import { findEnglishBetweenParties } from './between-parties.ts';
import { EN_PAIR_WORDS, findCountryPairs } from '../../relations/country-pair.ts';
import { findEnglishEvents } from './event-rules.ts';
import { findEnglishActors } from './find-actors.ts';
import { findEnglishFocus, type EnFocusCarry } from './focus-rules.ts';
import { findEnglishOwnedFocus } from './owned-focus.ts';
import { findEnglishPeriods } from './periods.ts';
import { findEnglishPledges, statesRelationEn, type EnCarried } from './pledges.ts';
import { findEnglishQuantities } from './quantities.ts';
import { splitEnglishSentences } from './sentences.ts';
import { findEnglishStructure } from './structure-rules.ts';

const GEO_PLEDGERS = new Set(['country', 'place']);

export function extractEnglish(compiled: Compiled, article: RawArticle): ArticleClaims {
  const text = article.text;
  const body = englishBody(text, findBody(text));
  const lowered = lowerText(text);
  const tokens = tokenize(foldText(text), body);
  const findings = findEnglishActors(text, tokens, compiled.gaz);
  const blocked = new Uint8Array(tokens.length + 1);
  for (const m of findings.mentions) for (let k = m.first; k <= m.last; k++) blocked[k] = 1;
  const sectorHits = scanSectors(text, tokens, compiled.sectors, blocked);

  const inBody = (r: { start: number; end: number }) => body.some((b) => r.start >= b.start && r.end <= b.end);
  const quantities = findEnglishQuantities(text).filter(inBody);
  const periods = findEnglishPeriods(text, article.published).filter(inBody);
  const dates = findEnglishDates(text, article.published).filter((d) => d.date && inBody(d) && !periods.some((p) => p.start < d.end && d.start < p.end));
  const year = article.published ? Number(article.published.slice(0, 4)) : null;
  const home = homeCountry(findings);

  const drafts: RelationDraft[] = [];
  const posts = new Map<string, RelationDraft>();
  for (const r of findings.roles) {
    const key = `${r.person.id}\u0000${r.org.id}`;
    const known = posts.get(key);
    if (known) {
      if (!known.role!.split(', ').includes(r.role)) known.role = `${known.role}, ${r.role}`;
      continue;
    }
    const draft: RelationDraft = { type: 'HOLDS_ROLE', from: r.person.id, to: r.org.id, role: r.role, date: null, evidence: evidenceOf(text, r, 'en-title-role', r.confidence) };
    posts.set(key, draft);
    drafts.push(draft);
  }

  const pledges = new Map<string, Pledge>();
  const carried: { value: EnCarried | null } = { value: null };
  const focusCarry: EnFocusCarry = { subjects: [], age: 0 };
  const phrases = findings.phrases;
  const raw = findings.mentions;
  const index = new HitIndex(lowered, tokens);
  const headlineEnd = text.indexOf('\n');
  const investor = namedInvestor(lowered, findings.phrases.filter(inBody));
  let mi = 0;
  let ri = 0;
  for (const sentence of splitEnglishSentences(text, body)) {
    while (mi < phrases.length && phrases[mi]!.start < sentence.start) mi++;
    while (ri < raw.length && raw[ri]!.start < sentence.start) ri++;
    const mentions: ActorSpan[] = [];
    for (let k = mi; k < phrases.length && phrases[k]!.start < sentence.end; k++) if (phrases[k]!.end <= sentence.end) mentions.push(phrases[k]!);
    const names: ActorSpan[] = [];
    for (let k = ri; k < raw.length && raw[k]!.start < sentence.end; k++) if (raw[k]!.end <= sentence.end) names.push(raw[k]!);
    const view: SentenceView = { sentence, clauses: splitEnglishClauses(text, sentence), mentions: withoutPossessiveModifiers(mentions.filter((m) => m.rule !== 'en-demonym'), lowered), lowered, roleOrg: findings.roleOrg, roleBody: findings.roleBody, index, sentenceHits: [] };
    const date = within(dates, sentence)[0]?.date ?? null;
    const sentenceSectors = within(sectorHits, sentence);
    drafts.push(...findEnglishEvents(text, view, date));
    drafts.push(...findEnglishBetweenParties(text, view));
    drafts.push(...findCountryPairs(text, view, EN_PAIR_WORDS));
    drafts.push(...findEnglishStructure(text, { ...view, mentions: names }));
    drafts.push(...partOfFromGazetteer(text, view.mentions));
    drafts.push(...findEnglishFocus(text, view, sentenceSectors, focusCarry, compiled.headline));
    drafts.push(...findEnglishOwnedFocus(text, view, sentenceSectors, compiled.headline));
    for (const p of findEnglishPledges({ text, view, quantities: within(quantities, sentence), periods: within(periods, sentence), sectors: sentenceSectors, year, investor }, carried)) {
      if (headlineEnd >= 0 && sentence.end <= headlineEnd && GEO_PLEDGERS.has(findings.records.get(p.by)?.actor.kind ?? '')) continue;
      const known = pledges.get(p.id);
      if (known) known.evidence.push(...p.evidence.filter((e) => !known.evidence.some((k) => k.start === e.start)));
      else pledges.set(p.id, p);
      drafts.push(...relationsOfPledge(p, date, statesRelationEn, 'en-from-pledge'));
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
