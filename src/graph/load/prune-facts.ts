/** After an article's Evidence went away: remove the facts it was the last support of. */
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
    await tx.run(LOAD['load/refresh-relation-dates'], { keys: relKeys });
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

