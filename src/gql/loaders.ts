/**
 * Per-request DataLoaders: each request level costs one query, whatever the number of rows. Keyed
 * results come back in the order of the keys asked for (null where nothing exists).
 */
import DataLoader from 'dataloader';
import { findActorSectors, findActorsByIds, type ActorRow } from '../graph/read/actors.ts';
import { findArticlesByIds, findArticleTexts, type ArticleRow } from '../graph/read/articles.ts';
import { findEvidenceByFactKeys, type EvidenceRow } from '../graph/read/evidence.ts';
import { findPartners, type PartnerParams, type PartnerRow } from '../graph/read/partners.ts';
import { findPledgesByIds, findPledgesOfActors, type PledgeRow } from '../graph/read/pledges.ts';
import type { ReadRunner } from '../graph/read/rows.ts';
import { findSectorsByIds, type SectorRow } from '../graph/read/sectors.ts';
import { findRelationsByKeys, type RelationRow } from '../graph/read/relations.ts';
import { findDecisionsByIds } from '../graph/decisions/rows.ts';
import type { DecisionRow } from '../core/decisions/decision.ts';

export type ReadFn = <T>(work: (tx: ReadRunner) => Promise<T>) => Promise<T>;

/** Evidence shown per fact unless `evidence(first:)` says otherwise: a fact stated by hundreds of articles shows the first ones. */
export const EVIDENCE_PER_FACT = 25;
export const MAX_EVIDENCE_PER_FACT = 100;

function byKey<R, K extends string>(rows: R[], keyOf: (r: R) => K, keys: readonly K[]): Array<R | null> {
  const map = new Map(rows.map((r) => [keyOf(r), r]));
  return keys.map((k) => map.get(k) ?? null);
}

function groupByKey<R>(rows: R[], keyOf: (r: R) => string, keys: readonly string[]): R[][] {
  const map = new Map<string, R[]>();
  for (const r of rows) {
    const k = keyOf(r);
    const list = map.get(k);
    if (list) list.push(r);
    else map.set(k, [r]);
  }
  return keys.map((k) => map.get(k) ?? []);
}

/** One loader per distinct argument set, so `partners(types: …)` under many actors is still one query. */
function family<A, K, V>(make: (args: A) => DataLoader<K, V>) {
  const loaders = new Map<string, DataLoader<K, V>>();
  return (args: A): DataLoader<K, V> => {
    const id = JSON.stringify(args);
    let loader = loaders.get(id);
    if (!loader) loaders.set(id, (loader = make(args)));
    return loader;
  };
}

export function createLoaders(read: ReadFn) {
  const articles = new DataLoader<string, ArticleRow | null>((ids) => read(async (tx) => byKey(await findArticlesByIds(tx, { ids }), (r) => r.id, ids)));
  /** Keyed by how many pieces per fact: `evidence(first: 3)` and `evidence(first: 25)` are different lists. */
  const evidence = family((perKey: number) => new DataLoader<string, EvidenceRow[]>((keys) =>
    read(async (tx) => groupByKey(await findEvidenceByFactKeys(tx, { keys, perKey }), (r) => r.key, keys))));
  return {
    actors: new DataLoader<string, ActorRow | null>((ids) => read(async (tx) => byKey(await findActorsByIds(tx, { ids }), (r) => r.id, ids))),
    sectors: new DataLoader<string, SectorRow | null>((ids) => read(async (tx) => byKey(await findSectorsByIds(tx, { ids }), (r) => r.id, ids))),
    articles,
    articleTexts: new DataLoader<string, string | null>((ids) =>
      read(async (tx) => byKey(await findArticleTexts(tx, { ids }), (r) => r.id, ids).map((r) => r?.text ?? null))),
    pledges: new DataLoader<string, PledgeRow | null>((ids) => read(async (tx) => byKey(await findPledgesByIds(tx, { ids }), (r) => r.id, ids))),
    evidence,
    actorSectorIds: new DataLoader<string, string[]>((ids) =>
      read(async (tx) => byKey(await findActorSectors(tx, { ids }), (r) => r.key, ids).map((r) => r?.sectorIds ?? []))),
    /** `evidencePerFact` > 0: the partners' evidence and its articles come in the same query and fill those loaders. */
    partners: family((args: Omit<PartnerParams, 'ids'>) =>
      new DataLoader<string, PartnerRow[]>((ids) => read(async (tx) => {
        const rows = await findPartners(tx, { ...args, ids });
        for (const row of rows) {
          for (const a of row.articles) articles.prime(a.id, a);
          if (args.evidencePerFact > 0) for (const p of row.partners) for (const r of p.relations) evidence(args.evidencePerFact).prime(r.key, r.evidence);
        }
        return byKey(rows, (r) => r.key, ids).map((r) => r?.partners ?? []);
      }))),
    decisions: new DataLoader<string, DecisionRow | null>((ids) => read(async (tx) => byKey(await findDecisionsByIds(tx, ids), (r) => r.id, ids))),
    relations: new DataLoader<string, RelationRow | null>((keys) => read(async (tx) => byKey(await findRelationsByKeys(tx, { keys }), (r) => r.key, keys))),
    pledgesOf: family((args: { role: 'made' | 'received'; limit: number; includeRejected: boolean }) => new DataLoader<string, PledgeRow[]>((ids) =>
      read(async (tx) => groupByKey(await findPledgesOfActors(tx, { ...args, ids }), (r) => r.key, ids)))),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
