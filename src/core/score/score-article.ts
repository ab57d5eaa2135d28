/**
 * One gold article against one extraction result, by the algorithm of the owner's score.mjs
 * (test/corpus-tools/score.mjs), step for step: the figures must come out identical, so its order
 * of matching (greedy, first fit) and its leniencies are kept, not improved.
 */
import { foldKey } from './fold-key.ts';
import type { Counts, MetricCounts } from './counts.ts';
import type { GoldArticle, GoldRelation } from './gold.ts';
import type { ScorableArticle } from './scorable.ts';

const SYMMETRIC = new Set(['MEETS', 'PARTNERS_WITH']);
/** Gold names that stand for one another (a PM's role points at either). */
const EQUIV = new Map([['Government of Vietnam', 'Vietnam']]);
/** Loose score: meeting ~ partnering. */
const LOOSE = new Map([['MEETS', 'MEETS'], ['PARTNERS_WITH', 'MEETS']]);

/** What to look at when figures disappoint; never shown for blind articles. */
export interface ArticleDetail {
  missedPledges: string[];
  missedRelations: string[];
  missedActors: string[];
  extraActors: string[];
}

export interface ArticleScore {
  stem: string;
  /** False when no extraction result belongs to this gold file: all of its gold counts as missed. */
  found: boolean;
  counts: MetricCounts;
  detail: ArticleDetail;
}

const counts = (tp: number, np: number, ng: number, ok = tp): Counts => ({ tp, np, ng, ok });

const keysOf = (names: readonly (string | null | undefined)[]): Set<string> => new Set(names.map(foldKey).filter(Boolean));

function scoreMissing(stem: string, gold: GoldArticle): ArticleScore {
  // As score.mjs: every gold item counts, optional ones (incidental, cumulative) included.
  return {
    stem,
    found: false,
    counts: {
      actors: counts(0, 0, gold.actors.length),
      pledges: counts(0, 0, gold.pledges.length),
      relations: counts(0, 0, gold.relations.length),
      relations_loose: counts(0, 0, gold.relations.length),
    },
    detail: { missedPledges: [], missedRelations: [], missedActors: [], extraActors: [] },
  };
}

/** Scores one gold file (`stem` is its file name without `.gold.json`) against its extraction result. */
export function scoreArticle(stem: string, gold: GoldArticle, result: ScorableArticle | undefined): ArticleScore {
  if (result === undefined) return scoreMissing(stem, gold);
  const detail: ArticleDetail = { missedPledges: [], missedRelations: [], missedActors: [], extraActors: [] };

  // Actors: an extracted actor takes the first untaken gold actor whose folded names it shares.
  const goldActors = gold.actors.map((g) => ({ name: g.name, incidental: g.incidental === true, keys: keysOf([g.name, ...g.aliases]) }));
  const extractedActors = result.actors.map((e) => ({ id: e.id, name: e.name, keys: keysOf([e.name, ...(e.aliases ?? [])]) }));
  const matchOf = new Map<string, string>(); // extracted id → gold name
  const taken = new Set<string>();
  for (const e of extractedActors) {
    const g = goldActors.find((candidate) => !taken.has(candidate.name) && [...e.keys].some((key) => candidate.keys.has(key)));
    if (g) {
      matchOf.set(e.id, g.name);
      taken.add(g.name);
    }
  }
  const required = goldActors.filter((g) => !g.incidental);
  const actors = counts(required.filter((g) => taken.has(g.name)).length, extractedActors.length, required.length, matchOf.size);

  const canon = (name: string): string => EQUIV.get(name) ?? name;
  const goldName = (name: string): string => canon(goldActors.find((g) => g.name === name || g.keys.has(foldKey(name)))?.name ?? name);
  const extractedName = (id: string): string => canon(matchOf.get(id) ?? `?${id}`);
  const sectorName = (id: string): string => result.sectors.find((s) => s.id === id)?.name ?? id;

  // Pledges: same pledger and amount within 1%; cumulative gold pledges are tried last and optional.
  const usedPledges = new Set<number>();
  let pledgeTp = 0;
  let pledgesMatched = 0;
  const ordered = [...gold.pledges].sort((a, b) => (a.cumulative ? 1 : 0) - (b.cumulative ? 1 : 0));
  for (const gp of ordered) {
    const index = result.pledges.findIndex((ep, i) => {
      if (usedPledges.has(i)) return false;
      if (extractedName(ep.by) !== goldName(gp.by)) return false;
      if (gp.amount === null) return true; // unquantified: the pledger alone must match
      const amount = Number(ep.amount); // as score.mjs: a null amount reads as 0
      return Number.isFinite(amount) && Math.abs(amount - gp.amount) <= Math.abs(gp.amount) * 0.01;
    });
    if (index >= 0) {
      usedPledges.add(index);
      pledgesMatched++;
      if (!gp.cumulative) pledgeTp++;
    } else if (!gp.cumulative) {
      detail.missedPledges.push(`${gp.by} ${gp.amount} ${gp.unit} — ${gp.quote}`);
    }
  }
  const pledges = counts(pledgeTp, result.pledges.length, gold.pledges.filter((g) => !g.cumulative).length, pledgesMatched);

  // Relations: type and endpoints (either way round for symmetric types); FOCUSES_ON ends at a sector.
  const relationMatches = (er: ScorableArticle['relations'][number], gr: GoldRelation, loose: boolean): boolean => {
    const type = loose ? (LOOSE.get(er.type) ?? er.type) : er.type;
    const goldType = loose ? (LOOSE.get(gr.type) ?? gr.type) : gr.type;
    if (type !== goldType) return false;
    const focus = gr.type === 'FOCUSES_ON';
    const from = extractedName(er.from);
    const to = focus ? foldKey(sectorName(er.to)) : extractedName(er.to);
    const goldFrom = goldName(gr.from);
    const goldTo = focus ? foldKey(gr.to) : goldName(gr.to);
    if (from === goldFrom && to === goldTo) return true;
    return SYMMETRIC.has(gr.type) && from === goldTo && to === goldFrom;
  };
  const relationCounts = (loose: boolean): Counts => {
    const used = new Set<number>();
    let tp = 0;
    for (const gr of gold.relations) {
      const index = result.relations.findIndex((er, i) => !used.has(i) && relationMatches(er, gr, loose));
      if (index >= 0) {
        used.add(index);
        tp++;
      } else if (!loose) {
        detail.missedRelations.push(`${gr.type} ${gr.from} -> ${gr.to}`);
      }
    }
    return counts(tp, result.relations.length, gold.relations.length);
  };
  const relations = relationCounts(false);
  const relationsLoose = relationCounts(true);

  detail.missedActors = required.filter((g) => !taken.has(g.name)).map((g) => g.name);
  detail.extraActors = extractedActors.filter((e) => !matchOf.has(e.id)).map((e) => e.name);
  return { stem, found: true, counts: { actors, pledges, relations, relations_loose: relationsLoose }, detail };
}
