import { z } from 'zod';
import { ActorRow } from './actors.ts';
import { cypherInt, num, readRows, type ReadRunner } from './rows.ts';
import { SectorRow } from './sectors.ts';

export const SearchRow = z.object({
  type: z.enum(['Actor', 'Sector']),
  id: z.string(),
  name: z.string(),
  kind: z.string(),
  score: num,
  /** The hit itself, as the actor or sector lookups give it. */
  actor: ActorRow.nullable(),
  sector: SectorRow.nullable(),
});
export type SearchRow = z.infer<typeof SearchRow>;

/** Actors and sectors whose folded names or aliases match `query` (a built full-text query), best first. */
export async function searchNames(tx: ReadRunner, p: { query: string; kinds: string[] | null; limit: number }): Promise<SearchRow[]> {
  // The index is asked for more than `limit` so a kind filter still fills the page.
  const scan = p.kinds ? Math.max(200, p.limit * 10) : p.limit;
  return readRows(tx, 'read/search-names', { query: p.query, kinds: p.kinds, limit: cypherInt(p.limit), scan: cypherInt(scan) }, SearchRow);
}
