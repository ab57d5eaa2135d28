/**
 * Loading planned articles inside the caller's write transaction. Per article: upsert the Article,
 * drop its Evidence the new plan does not keep, MERGE the facts and their Evidence, then prune what
 * lost its last Evidence. An article whose stored claimsHash equals the plan's is not touched at all.
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

type RunResult = Awaited<ReturnType<Runner['run']>>;
const counter = (r: RunResult | null, what: string) => (r ? r.summary.counters.updates()[what] ?? 0 : 0);

/** The stored claimsHash of each existing article among `ids`. */
export async function readClaimsHashes(tx: Runner, ids: readonly string[]): Promise<Map<string, string | null>> {
  const result = await tx.run(LOAD['load/article-hashes'], { ids });
  return new Map(result.records.map((r) => [r.get('id') as string, (r.get('claimsHash') as string | null) ?? null]));
}

/**
 * Sends one article's writes without waiting for each answer (the driver pipelines them, the server
 * runs them in order), and resolves to its counts and the fact keys of the Evidence it deleted.
 */
async function writeArticle(tx: Runner, plan: LoadPlan): Promise<{ counts: LoadCounts; staleKeys: string[] }> {
  const articleId = plan.article.id;
  const toSectors = plan.relations.filter((r) => r.type === 'FOCUSES_ON');
  const toActors = plan.relations.filter((r) => r.type !== 'FOCUSES_ON');
  const run = (name: keyof typeof LOAD, params: Record<string, unknown>, rows?: readonly unknown[]): Promise<RunResult | null> =>
    (rows && !rows.length ? Promise.resolve(null) : Promise.resolve(tx.run(LOAD[name], params)));
  const [, stale, evidence, actors, , pledges, relActors, relSectors] = await Promise.all([
    run('load/upsert-article', { article: plan.article }),
    run('load/delete-stale-evidence', { articleId, keep: plan.evidence.map((e) => e.id) }),
    run('load/upsert-evidence', { articleId, rows: plan.evidence }, plan.evidence),
    run('load/upsert-actors', { rows: plan.actors }, plan.actors),
    run('load/upsert-sectors', { rows: plan.sectors }, plan.sectors),
    run('load/upsert-pledges', { rows: plan.pledges }, plan.pledges),
    run('load/upsert-relations-to-actors', { rows: toActors }, toActors),
    run('load/upsert-relations-to-sectors', { rows: toSectors }, toSectors),
  ]);
  const counts = emptyCounts();
  const tally = (c: keyof LoadCounts, created: number, rows: number) => {
    counts[c].created = created;
    counts[c].updated = rows - created;
  };
  tally('evidence', counter(evidence, 'nodesCreated'), plan.evidence.length);
  tally('actors', counter(actors, 'nodesCreated'), plan.actors.length);
  tally('pledges', counter(pledges, 'nodesCreated'), plan.pledges.length);
  tally('relations', counter(relActors, 'relationshipsCreated') + counter(relSectors, 'relationshipsCreated'), plan.relations.length);
  counts.evidence.removed = counter(stale, 'nodesDeleted');
  return { counts, staleKeys: (stale?.records[0]?.get('factKeys') as string[] | undefined) ?? [] };
}

/**
 * Loads several planned articles (distinct ids) in one transaction: one hash read, every article's
 * writes pipelined, then the prunes. Results are in the order of `plans`.
 */
export async function loadArticleGroup(tx: Runner, plans: readonly LoadPlan[]): Promise<ArticleLoad[]> {
  const stored = await readClaimsHashes(tx, plans.map((p) => p.article.id));
  const changed = plans.filter((p) => stored.get(p.article.id) !== p.article.claimsHash);
  const written = await Promise.all(changed.map((p) => writeArticle(tx, p)));
  // Prunes run after every article's writes, so a fact another article in this group supports stays.
  const pruned = await Promise.all(written.map((w) => (w.staleKeys.length ? pruneFacts(tx, w.staleKeys) : null)));
  const byId = new Map(changed.map((p, i) => [p.article.id, addCounts(written[i]!.counts, pruned[i] ?? emptyCounts())]));
  return plans.map((p) => {
    const counts = byId.get(p.article.id);
    return { articleId: p.article.id, status: counts ? 'loaded' : 'unchanged', counts: counts ?? emptyCounts() };
  });
}

/** Loads one planned article. Does nothing (not even a timestamp) when the graph holds the same claimsHash. */
export async function loadArticle(tx: Runner, plan: LoadPlan): Promise<ArticleLoad> {
  const [result] = await loadArticleGroup(tx, [plan]);
  return result!;
}

/** Removes an article and every fact only it supported. Returns null when there is no such article. */
export async function deleteArticle(tx: Runner, articleId: string): Promise<LoadCounts | null> {
  const stored = await readClaimsHashes(tx, [articleId]);
  if (!stored.has(articleId)) return null;
  const stale = await tx.run(LOAD['load/delete-stale-evidence'], { articleId, keep: [] });
  const counts = emptyCounts();
  counts.evidence.removed = counter(stale, 'nodesDeleted');
  await tx.run(LOAD['load/delete-article'], { articleId });
  return addCounts(counts, await pruneFacts(tx, (stale.records[0]?.get('factKeys') as string[] | undefined) ?? []));
}
