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
const counter = (r: RunResult, what: string) => r.summary.counters.updates()[what] ?? 0;

/** The stored claimsHash of each existing article among `ids`. */
export async function readClaimsHashes(tx: Runner, ids: readonly string[]): Promise<Map<string, string | null>> {
  const result = await tx.run(LOAD['load/article-hashes'], { ids });
  return new Map(result.records.map((r) => [r.get('id') as string, (r.get('claimsHash') as string | null) ?? null]));
}

const num = (v: unknown) => Number(v ?? 0);

/** One article's writes (one statement), resolving to its counts and the fact keys of the Evidence it deleted. */
async function writeArticle(tx: Runner, plan: LoadPlan): Promise<{ counts: LoadCounts; staleKeys: string[] }> {
  const result = await tx.run(LOAD['load/write-article'], {
    article: plan.article,
    keep: plan.evidence.map((e) => e.id),
    evidence: plan.evidence,
    actors: plan.actors,
    sectors: plan.sectors,
    pledges: plan.pledges,
    relationsToActors: plan.relations.filter((r) => r.type !== 'FOCUSES_ON'),
    relationsToSectors: plan.relations.filter((r) => r.type === 'FOCUSES_ON'),
  });
  const row = result.records[0]!;
  const counts = emptyCounts();
  const tally = (c: keyof LoadCounts, created: unknown, rows: number) => {
    counts[c].created = num(created);
    counts[c].updated = rows - counts[c].created;
  };
  tally('evidence', row.get('evidenceCreated'), plan.evidence.length);
  tally('actors', row.get('actorsCreated'), plan.actors.length);
  tally('pledges', row.get('pledgesCreated'), plan.pledges.length);
  tally('relations', row.get('relationsCreated'), plan.relations.length);
  counts.evidence.removed = num(row.get('evidenceRemoved'));
  return { counts, staleKeys: row.get('staleKeys') as string[] };
}

/**
 * Loads several planned articles (distinct ids) in one transaction: one hash read, every article's
 * writes pipelined, then the prunes. Results are in the order of `plans`.
 */
export async function loadArticleGroup(tx: Runner, plans: readonly LoadPlan[]): Promise<ArticleLoad[]> {
  const stored = await readClaimsHashes(tx, plans.map((p) => p.article.id));
  const changed = plans.filter((p) => stored.get(p.article.id) !== p.article.claimsHash);
  const written = await Promise.all(changed.map((p) => writeArticle(tx, p)));
  // Statements are pipelined (sent without waiting for each answer); the server runs them in order.
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
