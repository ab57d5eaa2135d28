import { z } from 'zod';
import { ActorRow } from './actors.ts';
import { ArticleRow } from './articles.ts';
import { EvidenceRow } from './evidence.ts';
import { RelationRow } from './relations.ts';
import { cypherInt, int, readRows, type ReadRunner } from './rows.ts';

/** A relation with its evidence (empty unless asked for with `evidencePerFact`). */
const PartnerRelationRow = RelationRow.extend({ evidence: z.array(EvidenceRow) });

export const PartnerRow = ActorRow.extend({ weight: int, relations: z.array(PartnerRelationRow) });
export type PartnerRow = z.infer<typeof PartnerRow>;

const Row = z.object({ key: z.string(), partners: z.array(PartnerRow), articles: z.array(ArticleRow) });

export interface PartnerParams {
  ids: readonly string[];
  types: string[] | null;
  sector: string | null;
  since: string | null;
  until: string | null;
  after: { weight: number; id: string } | null;
  limit: number;
  /** Evidence brought along per relation, as `findEvidenceByFactKeys` would give it; 0 for none. */
  evidencePerFact: number;
  /** Also the articles that evidence quotes (one row each per actor id). */
  withArticles: boolean;
  /** Also relations a person rejected. */
  includeRejected?: boolean;
}

/**
 * For each actor id: its partners (most relations first, then id) with the relations linking them,
 * and, when asked for, their evidence and the articles it quotes, so one statement answers the lot.
 */
export async function findPartners(tx: ReadRunner, p: PartnerParams) {
  const params = {
    ids: [...p.ids], types: p.types, sector: p.sector, since: p.since, until: p.until,
    afterWeight: p.after ? cypherInt(p.after.weight) : null, afterId: p.after?.id ?? null, limit: cypherInt(p.limit),
    evidencePerFact: cypherInt(p.evidencePerFact), withArticles: p.withArticles, includeRejected: p.includeRejected ?? false,
  };
  return readRows(tx, 'read/partners', params, Row);
}
