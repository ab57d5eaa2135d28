import { z } from 'zod';
import { ActorRow } from './actors.ts';
import { cypherInt, int, num, optInt, optNum, optStr, readRows, strList, type ReadRunner } from './rows.ts';

export const PledgeRow = z.object({
  id: z.string(),
  kind: z.string(),
  amount: optNum,
  unit: optStr,
  amountText: optStr,
  amountUsd: optNum,
  qualifier: optStr,
  incremental: z.boolean(),
  cumulative: z.boolean(),
  periodStart: optInt,
  periodEnd: optInt,
  status: z.string(),
  year: optInt,
  by: z.string(),
  to: optStr,
  requestedBy: optStr,
  sectors: strList,
  /** What a person decided (null: nobody has: EXTRACTED) and the decision that did it. */
  review: optStr,
  decision: optStr,
});
export type PledgeRow = z.infer<typeof PledgeRow>;

export interface PledgeFilterParams {
  by: string | null;
  to: string | null;
  byCountry: string | null;
  sector: string | null;
  kinds: string[] | null;
  statuses: string[] | null;
  minUsd: number | null;
  sinceYear: number | null;
  untilYear: number | null;
  /** Also pledges a person rejected. */
  includeRejected: boolean;
}

export const PLEDGE_ORDERS = ['AMOUNT_USD_DESC', 'YEAR_DESC', 'YEAR_ASC'] as const;
export type PledgeOrder = (typeof PLEDGE_ORDERS)[number];

export const PLEDGE_GROUPS = ['INVESTOR', 'INVESTOR_COUNTRY', 'SECTOR', 'YEAR', 'RECIPIENT'] as const;
export type PledgeGroup = (typeof PLEDGE_GROUPS)[number];

const filterParams = (f: PledgeFilterParams) => ({
  ...f,
  sinceYear: f.sinceYear === null ? null : cypherInt(f.sinceYear),
  untilYear: f.untilYear === null ? null : cypherInt(f.untilYear),
});

export async function findPledgesByIds(tx: ReadRunner, params: { ids: readonly string[] }): Promise<PledgeRow[]> {
  return readRows(tx, 'read/pledges-by-ids', { ids: [...params.ids] }, PledgeRow);
}

const KeyedPledgeRow = PledgeRow.extend({ key: z.string() });

/** Pledges made (or received) by each actor, largest USD first, at most `limit` each. */
export async function findPledgesOfActors(tx: ReadRunner, p: { ids: readonly string[]; role: 'made' | 'received'; limit: number; includeRejected?: boolean }) {
  const name = p.role === 'made' ? 'read/pledges-made-by' : 'read/pledges-received-by';
  return readRows(tx, name, { ids: [...p.ids], limit: cypherInt(p.limit), includeRejected: p.includeRejected ?? false }, KeyedPledgeRow);
}

/** A page row also carries its investor and recipient, as the actor lookup gives them. */
const ListRow = PledgeRow.extend({ sortKey: num, byActor: ActorRow, toActor: ActorRow.nullable() });

export const PledgeTotalRow = z.object({ key: optStr, count: int, totalUsd: num, withUsd: int });
export type PledgeTotalRow = z.infer<typeof PledgeTotalRow>;

const ListResult = z.object({ rows: z.array(ListRow), totals: PledgeTotalRow.nullable() });

/**
 * One page of filtered pledges; `after` is the keyset (sortKey, id) of the last row seen. With
 * `withTotals`, also the count and USD sum of every match.
 */
export async function listPledges(tx: ReadRunner, p: { filter: PledgeFilterParams; orderBy: PledgeOrder; after: { key: number; id: string } | null; limit: number; withTotals?: boolean }) {
  const params = {
    ...filterParams(p.filter), orderBy: p.orderBy,
    afterKey: p.after?.key ?? null, afterId: p.after?.id ?? null, limit: cypherInt(p.limit), withTotals: p.withTotals ?? false,
  };
  const [result] = await readRows(tx, 'read/pledges-list', params, ListResult);
  return result!;
}

/** Count and USD sum of the filtered pledges per group (`ALL`: one row for everything). */
export async function sumPledges(tx: ReadRunner, p: { filter: PledgeFilterParams; groupBy: PledgeGroup }): Promise<PledgeTotalRow[]> {
  return readRows(tx, 'read/pledge-totals', { ...filterParams(p.filter), groupBy: p.groupBy }, PledgeTotalRow);
}
