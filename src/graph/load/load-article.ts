/**
 * One article's load, inside the caller's write transaction: upsert the article, drop its Evidence
 * the new plan does not keep, MERGE the facts and their Evidence, prune what lost its last Evidence.
 */
import type { LoadPlan } from '../../core/plan/types.ts';
import { addCounts, emptyCounts, type LoadCounts } from './counts.ts';
import { pruneFacts } from './prune-facts.ts';
import { LOAD, type Runner } from './statements.ts';

export interface ArticleLoad {
  articleId: string;
  status: 'loaded' | 'unchanged';
  counts: LoadCounts;
}

const created = (r: Awaited<ReturnType<Runner['run']>>, what: 'nodesCreated' | 'relationshipsCreated') => r.summary.counters.updates()[what] ?? 0;

/** The stored claimsHash of each existing article among `ids`. */
export async function readClaimsHashes(tx: Runner, ids: readonly string[]): Promise<Map<string, string | null>> {
  const result = await tx.run(LOAD['load/article-hashes'], { ids });
  return new Map(result.records.map((r) => [r.get('id') as string, (r.get('claimsHash') as string | null) ?? null]));
}

/** Loads one planned article. Does nothing (not even a timestamp) when the graph holds the same claimsHash. */
export async function loadArticle(tx: Runner, plan: LoadPlan): Promise<ArticleLoad> {
  const articleId = plan.article.id;
  const counts = emptyCounts();
  const stored = await readClaimsHashes(tx, [articleId]);
  if (stored.get(articleId) === plan.article.claimsHash) return { articleId, status: 'unchanged', counts };

  await tx.run(LOAD['load/upsert-article'], { article: plan.article });
  const stale = await tx.run(LOAD['load/delete-stale-evidence'], { articleId, keep: plan.evidence.map((e) => e.id) });
  const removedKeys = (stale.records[0]?.get('factKeys') as string[] | undefined) ?? [];
  counts.evidence.removed = stale.summary.counters.updates().nodesDeleted ?? 0;

  if (plan.evidence.length) {
    const r = await tx.run(LOAD['load/upsert-evidence'], { articleId, rows: plan.evidence });
    counts.evidence.created = created(r, 'nodesCreated');
    counts.evidence.updated = plan.evidence.length - counts.evidence.created;
  }
  if (plan.actors.length) {
    const r = await tx.run(LOAD['load/upsert-actors'], { rows: plan.actors });
    counts.actors.created = created(r, 'nodesCreated');
    counts.actors.updated = plan.actors.length - counts.actors.created;
  }
  if (plan.sectors.length) await tx.run(LOAD['load/upsert-sectors'], { rows: plan.sectors });
  if (plan.pledges.length) {
    const r = await tx.run(LOAD['load/upsert-pledges'], { rows: plan.pledges });
    counts.pledges.created = created(r, 'nodesCreated');
    counts.pledges.updated = plan.pledges.length - counts.pledges.created;
  }
  const toSectors = plan.relations.filter((r) => r.type === 'FOCUSES_ON');
  const toActors = plan.relations.filter((r) => r.type !== 'FOCUSES_ON');
  for (const [name, rows] of [['load/upsert-relations-to-actors', toActors], ['load/upsert-relations-to-sectors', toSectors]] as const) {
    if (!rows.length) continue;
    const r = await tx.run(LOAD[name], { rows });
    counts.relations.created += created(r, 'relationshipsCreated');
  }
  counts.relations.updated = plan.relations.length - counts.relations.created;

  if (removedKeys.length) addCounts(counts, await pruneFacts(tx, removedKeys));
  return { articleId, status: 'loaded', counts };
}

/** Removes an article and every fact only it supported. Returns null when there is no such article. */
export async function deleteArticle(tx: Runner, articleId: string): Promise<LoadCounts | null> {
  const stored = await readClaimsHashes(tx, [articleId]);
  if (!stored.has(articleId)) return null;
  const stale = await tx.run(LOAD['load/delete-stale-evidence'], { articleId, keep: [] });
  const counts = emptyCounts();
  counts.evidence.removed = stale.summary.counters.updates().nodesDeleted ?? 0;
  await tx.run(LOAD['load/delete-article'], { articleId });
  return addCounts(counts, await pruneFacts(tx, (stale.records[0]?.get('factKeys') as string[] | undefined) ?? []));
}
