import { z } from 'zod';
import { ActorRow } from './actors.ts';
import { cypherInt, int, optNum, optStr, readRows, type ReadRunner } from './rows.ts';

export const NetworkEdgeRow = z.object({
  key: z.string(),
  type: z.string(),
  from: z.string(),
  to: z.string(),
  firstDate: optStr,
  lastDate: optStr,
  weight: int,
  amountUsd: optNum,
  /** What a person decided about it (null: EXTRACTED). */
  review: optStr,
  /** The ends themselves, only when asked for with `withActors`. */
  fromActor: ActorRow.nullable(),
  toActor: ActorRow.nullable(),
});
export type NetworkEdgeRow = z.infer<typeof NetworkEdgeRow>;

export interface NetworkParams {
  sector: string | null;
  country: string | null;
  types: string[] | null;
  since: string | null;
  until: string | null;
  limit: number;
  /** Also return each edge's two actors (`fromActor`, `toActor`). */
  withActors?: boolean;
  /** With a sector: force one of the statement's two plans (same rows; chosen by the sector's size otherwise). */
  plan?: 'ranked' | 'sector';
  /** Also facts a person rejected. */
  includeRejected?: boolean;
}

/** Edges (relations and pledges) matching the filter, most evidence first (ties: key, descending); nodes are their ends. */
export async function findNetworkEdges(tx: ReadRunner, p: NetworkParams): Promise<NetworkEdgeRow[]> {
  return readRows(tx, 'read/network', { ...p, withActors: p.withActors ?? false, plan: p.plan ?? null, limit: cypherInt(p.limit), includeRejected: p.includeRejected ?? false }, NetworkEdgeRow);
}
