import { z } from 'zod';
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
});
export type NetworkEdgeRow = z.infer<typeof NetworkEdgeRow>;

export interface NetworkParams {
  sector: string | null;
  country: string | null;
  types: string[] | null;
  since: string | null;
  until: string | null;
  limit: number;
}

/** Edges (relations and pledges) matching the filter, most evidence first; nodes are their ends. */
export async function findNetworkEdges(tx: ReadRunner, p: NetworkParams): Promise<NetworkEdgeRow[]> {
  return readRows(tx, 'read/network', { ...p, limit: cypherInt(p.limit) }, NetworkEdgeRow);
}
