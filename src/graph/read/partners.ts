import { z } from 'zod';
import { ActorRow } from './actors.ts';
import { RelationRow } from './relations.ts';
import { cypherInt, int, readRows, type ReadRunner } from './rows.ts';

export const PartnerRow = ActorRow.extend({ weight: int, relations: z.array(RelationRow) });
export type PartnerRow = z.infer<typeof PartnerRow>;

const Row = z.object({ key: z.string(), partners: z.array(PartnerRow) });

export interface PartnerParams {
  ids: readonly string[];
  types: string[] | null;
  sector: string | null;
  since: string | null;
  until: string | null;
  after: { weight: number; id: string } | null;
  limit: number;
}

/** For each actor id: its partners (most relations first, then id) with the relations linking them. */
export async function findPartners(tx: ReadRunner, p: PartnerParams) {
  const params = {
    ids: [...p.ids], types: p.types, sector: p.sector, since: p.since, until: p.until,
    afterWeight: p.after ? cypherInt(p.after.weight) : null, afterId: p.after?.id ?? null, limit: cypherInt(p.limit),
  };
  return readRows(tx, 'read/partners', params, Row);
}
