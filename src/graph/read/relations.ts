import { z } from 'zod';
import { optStr, readRows, strList, type ReadRunner } from './rows.ts';

/** A relationship as read queries return it: the fact key links it to its evidence. */
export const RelationRow = z.object({
  type: z.string(),
  key: z.string(),
  from: z.string(),
  to: z.string(),
  role: optStr,
  dates: strList,
  firstDate: optStr,
  lastDate: optStr,
  /** What a person decided (null: nobody has: EXTRACTED) and the decision that did it. */
  review: optStr,
  decision: optStr,
});
export type RelationRow = z.infer<typeof RelationRow>;

/** Relations between actors by fact key (absent keys give no row). */
export async function findRelationsByKeys(tx: ReadRunner, params: { keys: readonly string[] }): Promise<RelationRow[]> {
  return readRows(tx, 'read/relations-by-keys', { keys: [...params.keys] }, RelationRow);
}
