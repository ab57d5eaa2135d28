/**
 * Keeps each fact's `weight` (how many Evidence state it; the network ranks by it) in step with the
 * Evidence a transaction created and deleted: cypher/load/add-weights and recount-weights.
 */
import { RELATION_TYPES } from '../../core/claims.ts';
import { LOAD, type Runner } from './statements.ts';

/** Relation types between actors: the ones that carry a weight (FOCUSES_ON links an actor to a sector). */
const WEIGHED_TYPES = RELATION_TYPES.filter((t) => t !== 'FOCUSES_ON');

type Rows<T> = { relations: Record<string, Array<{ key: string } & T>>; pledges: Array<{ id: string } & T> };

/** Rows per relation type and for pledges, sorted by key (locks are then taken in one order); other keys carry no weight. */
function rowsByKind<T>(entries: Iterable<[string, T]>): Rows<T> | null {
  const rows: Rows<T> = { relations: Object.fromEntries(WEIGHED_TYPES.map((t) => [t, []])), pledges: [] };
  let any = false;
  for (const [key, extra] of [...entries].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    if (key.startsWith('pledge:')) rows.pledges.push({ id: key.slice('pledge:'.length), ...extra });
    else if (key.startsWith('rel:')) {
      const list = rows.relations[key.split(':')[1]!];
      if (!list) continue;
      list.push({ key, ...extra });
    } else continue;
    any = true;
  }
  return any ? rows : null;
}

/**
 * `created`: the fact key of every Evidence the transaction created (one entry each); `deleted`: the
 * keys of those it deleted. Run after the prunes: a fact deleted by then is simply not found. A key with
 * deletions is counted afresh (it may have gained Evidence too); the others gain what was created.
 */
export async function refreshWeights(tx: Runner, created: readonly string[], deleted: readonly string[]): Promise<void> {
  const recount = new Set(deleted);
  const deltas = new Map<string, number>();
  for (const key of created) if (!recount.has(key)) deltas.set(key, (deltas.get(key) ?? 0) + 1);
  const add = rowsByKind([...deltas].map(([key, delta]) => [key, { delta }]));
  const again = rowsByKind([...recount].map((key) => [key, {}]));
  await Promise.all([
    add && tx.run(LOAD['load/add-weights'], add),
    again && tx.run(LOAD['load/recount-weights'], again),
  ]);
}
