/** After Evidence went away: remove the facts it was the last support of, refresh what stays. */
import { emptyCounts, type LoadCounts } from './counts.ts';
import { LOAD, type Runner } from './statements.ts';

const after = (prefix: string, keys: readonly string[]) => keys.filter((k) => k.startsWith(prefix)).map((k) => k.slice(prefix.length));

/**
 * `factKeys` are the keys of the Evidence just deleted. Relationships go first, then pledges, then
 * actors (every fact's article also mentions its actors, so an unmentioned actor has no facts left).
 */
export async function pruneFacts(tx: Runner, factKeys: readonly string[]): Promise<LoadCounts> {
  const counts = emptyCounts();
  const relKeys = factKeys.filter((k) => k.startsWith('rel:'));
  if (relKeys.length) {
    const pruned = await tx.run(LOAD['load/prune-relations'], { keys: relKeys });
    counts.relations.removed += pruned.summary.counters.updates().relationshipsDeleted ?? 0;
  }
  const pledgeIds = after('pledge:', factKeys);
  if (pledgeIds.length) {
    const pruned = await tx.run(LOAD['load/prune-pledges'], { ids: pledgeIds });
    counts.pledges.removed += pruned.summary.counters.updates().nodesDeleted ?? 0;
  }
  const actorIds = after('actor:', factKeys);
  if (actorIds.length) {
    const pruned = await tx.run(LOAD['load/prune-actors'], { ids: actorIds });
    counts.actors.removed += pruned.summary.counters.updates().nodesDeleted ?? 0;
  }
  return counts;
}


/**
 * Facts whose Evidence changed other than by a new article's additions (which write-relations and
 * write-pledges count in): deleted Evidence, or Evidence new to an article already in the graph.
 * Relationships get their dates and weight from their Evidence, pledges their weight. Run after
 * `pruneFacts`: a fact deleted by then is simply not found.
 */
export async function refreshFacts(tx: Runner, factKeys: Iterable<string>): Promise<void> {
  const keys = [...new Set(factKeys)].sort();
  const relKeys = keys.filter((k) => k.startsWith('rel:'));
  const pledgeIds = after('pledge:', keys);
  await Promise.all([
    relKeys.length ? tx.run(LOAD['load/refresh-relations'], { keys: relKeys }) : null,
    pledgeIds.length ? tx.run(LOAD['load/refresh-pledges'], { ids: pledgeIds }) : null,
  ]);
}
