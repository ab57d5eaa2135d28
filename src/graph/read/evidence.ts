import { z } from 'zod';
import { cypherInt, int, optNum, optStr, readRows, type ReadRunner } from './rows.ts';

export const EvidenceRow = z.object({
  key: z.string(),
  id: z.string(),
  articleId: z.string(),
  quote: z.string(),
  start: int,
  end: int,
  rule: optStr,
  confidence: optNum,
  date: optStr,
});
export type EvidenceRow = z.infer<typeof EvidenceRow>;

/** Evidence for each fact key (`rel:…`, `pledge:…`, `actor:…`), at most `perKey` each, tagged with its key. */
export async function findEvidenceByFactKeys(tx: ReadRunner, p: { keys: readonly string[]; perKey: number }): Promise<EvidenceRow[]> {
  return readRows(tx, 'read/evidence-by-fact-keys', { keys: [...p.keys], perKey: cypherInt(p.perKey) }, EvidenceRow);
}
