/**
 * One article's claims → the rows its load writes (pure). Entity resolution and merge decisions
 * are applied here, so the graph code only MERGEs what it is given.
 */
import type { ArticleClaims } from '../claims.ts';
import type { Reference } from '../reference.ts';
import { EvidenceRows } from './evidence-rows.ts';
import { actorFactKey, hashHex, pledgeFactKey, sectorFactKey } from './fact-keys.ts';
import { planActors } from './plan-actors.ts';
import { planPledges, planRelations, type FactContext } from './plan-facts.ts';
import { actorResolver } from './resolve-actors.ts';
import { sectorRow } from './sector-rows.ts';
import type { ActorRow, ArticleRow, LoadPlan, SectorRow } from './types.ts';

/** Bump when the planner's output changes meaning: every article's hash changes, so all reload. */
export const PLAN_VERSION = 1;

const byKey = <T>(key: (row: T) => string) => (a: T, b: T) => {
  const ka = key(a);
  const kb = key(b);
  return ka < kb ? -1 : ka > kb ? 1 : 0;
};

function planSectorRows(claims: ArticleClaims, reference: Reference, used: Iterable<string>): Map<string, SectorRow> {
  const fromClaims = new Map(claims.sectors.map((s) => [s.id, s]));
  const fromReference = new Map(reference.sectors.map((s) => [s.id, s]));
  const rows = new Map<string, SectorRow>();
  for (const id of used) {
    const entry = fromReference.get(id) ?? fromClaims.get(id);
    if (entry) rows.set(id, sectorRow(entry));
  }
  return rows;
}

/**
 * Plans the load of one article. `text` is the stored article text (evidence offsets point into it);
 * without it the Article node gets no text and quotes are not checked.
 */
export function planArticleLoad(claims: ArticleClaims, reference: Reference, text: string | null = null): LoadPlan {
  const meta = claims.article;
  const warnings: string[] = [];
  const warn = (message: string) => warnings.push(message);
  if (text !== null && text.length !== meta.textLength) warn(`text has ${text.length} characters, the claims say ${meta.textLength}`);
  const resolver = actorResolver(reference);
  const evidence = new EvidenceRows(meta.id, text, warn);
  const actors = planActors(claims.actors, resolver);
  const sectorIds = new Set([...reference.sectors.map((s) => s.id), ...claims.sectors.map((s) => s.id)]);
  const publishedYear = meta.published ? Number(meta.published.slice(0, 4)) : null;
  const ctx: FactContext = {
    actorId: (id) => actors.idMap.get(id),
    knownSector: (id) => sectorIds.has(id),
    articleYear: publishedYear,
    evidence,
    warn,
  };
  const relations = planRelations(claims.relations, ctx);
  const pledges = planPledges(claims.pledges, ctx);

  for (const [id, mentions] of actors.mentions) for (const m of mentions) evidence.add(actorFactKey(id), m);
  const actorRows: ActorRow[] = [];
  let factEvidence: ReturnType<EvidenceRows['list']> | null = null;
  for (const row of actors.rows.values()) {
    const key = actorFactKey(row.id);
    if (!evidence.has(key)) {
      // No mention given: the quotes of the facts naming the actor mention it; with none, it goes.
      const mentionedIn = new Set([...pledges.values()].filter((p) => [p.by, p.to, p.requestedBy].includes(row.id)).map((p) => pledgeFactKey(p.id)));
      for (const r of relations.values()) if (r.from === row.id || r.to === row.id) mentionedIn.add(r.key);
      factEvidence ??= evidence.list();
      for (const e of factEvidence) if (mentionedIn.has(e.factKey)) evidence.add(key, e);
      if (!evidence.has(key)) {
        warn(`actor ${row.id} dropped: no mention and no fact`);
        continue;
      }
    }
    actorRows.push(row);
  }

  const usedSectors = new Set(claims.sectors.map((s) => s.id).filter((id) => sectorIds.has(id)));
  for (const p of pledges.values()) for (const s of p.sectors) usedSectors.add(s);
  for (const r of relations.values()) if (r.type === 'FOCUSES_ON') usedSectors.add(r.to);
  const sectors = planSectorRows(claims, reference, usedSectors);
  for (const s of claims.sectors) if (sectors.has(s.id)) for (const m of s.mentions) evidence.add(sectorFactKey(s.id), m);

  const content = {
    actors: actorRows.sort(byKey((r) => r.id)),
    sectors: [...sectors.values()].sort(byKey((r) => r.id)),
    pledges: [...pledges.values()].sort(byKey((r) => r.id)),
    relations: [...relations.values()].sort(byKey((r) => r.key)),
    evidence: evidence.list(),
  };
  const article: Omit<ArticleRow, 'claimsHash' | 'file'> = {
    id: meta.id,
    title: meta.title,
    published: meta.published,
    outlet: meta.outlet,
    url: meta.url,
    language: meta.language,
    text,
    textLength: meta.textLength,
  };
  // `file` stays out of the hash: the same text from another path is the same article, unchanged.
  const claimsHash = hashHex(JSON.stringify({ v: PLAN_VERSION, article, ...content }), 32);
  return { article: { ...article, file: meta.file, claimsHash }, ...content, warnings };
}
