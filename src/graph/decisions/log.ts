/** The decision log node: locked by every decision (they take turns) and by every load's last step. */
import { z } from 'zod';
import { int } from '../read/rows.ts';
import type { Runner } from '../load/statements.ts';
import { DECISIONS } from './statements.ts';

const Log = z.object({ seq: int, identityVersion: int });

/** Locks the log until the transaction ends (creating it on a fresh graph); its seq and identityVersion. */
export async function lockDecisionLog(tx: Runner): Promise<z.infer<typeof Log>> {
  const result = await tx.run(DECISIONS['decisions/lock-log'], {});
  return Log.parse(result.records[0]!.toObject());
}

/** Thrown by a load whose plans replayed other merge and split decisions than the graph now holds. */
export class DecisionsChangedError extends Error {
  override readonly name = 'DecisionsChangedError';
  constructor(planned: number, current: number) {
    super(`merge or split decisions changed while loading (planned with version ${planned}, the graph has ${current}): load again`);
  }
}
