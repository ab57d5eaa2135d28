/**
 * Loading planned articles inside the caller's write transaction: upsert the Articles, drop their
 * Evidence the new plans do not keep, write the new Evidence and MERGE the facts, then prune what lost
 * its last Evidence. An article whose stored claimsHash equals the plan's is not touched at all.
 */
import type { LoadPlan } from '../../core/plan/types.ts';
import { mergeFacts } from '../../core/plan/merge-facts.ts';
import { addCounts, emptyCounts, type LoadCounts } from './counts.ts';
import { evidenceColumns } from './evidence-columns.ts';
import { pruneFacts, refreshFacts } from './prune-facts.ts';
import { applyTargetDecisions } from '../decisions/apply-targets.ts';
import { DecisionsChangedError, lockDecisionLog } from '../decisions/log.ts';
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

/**
 * An article already in the graph and its Evidence: upsert it and refresh the Evidence it keeps, then
 * delete what the plan drops and create what is new, with the statements deleteArticle and new
 * articles use. Returns its Evidence counts and the fact keys of what it deleted and created.
 */
async function writeArticle(tx: Runner, plan: LoadPlan): Promise<{ counts: LoadCounts; staleKeys: string[]; createdKeys: string[] }> {
  const written = await tx.run(LOAD['load/write-article'], { article: plan.article, evidence: plan.evidence });
  const stored = new Set(written.records[0]!.get('stored') as string[]);
  const fresh = plan.evidence.filter((e) => !stored.has(e.id));
  const [stale] = await Promise.all([
    tx.run(LOAD['load/delete-stale-evidence'], { articleId: plan.article.id, keep: plan.evidence.map((e) => e.id) }),
    createEvidence(tx, [{ ...plan, evidence: fresh }]),
  ]);
  const counts = emptyCounts();
  counts.evidence.created = fresh.length;
  counts.evidence.updated = plan.evidence.length - fresh.length;
  counts.evidence.removed = counter(stale, 'nodesDeleted');
  return { counts, staleKeys: (stale.records[0]?.get('factKeys') as string[] | undefined) ?? [], createdKeys: fresh.map((e) => e.factKey) };
}

/** The plans' Evidence, none of which exists yet (their Articles do, locked by this transaction). */
async function createEvidence(tx: Runner, plans: readonly LoadPlan[]): Promise<void> {
  const { articles, columns } = evidenceColumns(plans);
  if (articles.length) await tx.run(LOAD['load/create-evidence'], { articles, ...columns });
}

/** New articles and their Evidence in two statements; returns the ids it created (an id that exists by now is not). */
async function createArticles(tx: Runner, plans: readonly LoadPlan[]): Promise<Set<string>> {
  const result = await tx.run(LOAD['load/create-articles'], { articles: plans.map((p) => p.article) });
  const created = new Set(result.records.filter((r) => r.get('created') === true).map((r) => r.get('id') as string));
  await createEvidence(tx, plans.filter((p) => created.has(p.article.id)));
  return created;
}

/**
 * The facts of the plans, merged: one statement per kind of row, pipelined. Each relation between
 * actors and each pledge gains `weight`: the Evidence `created` (articles new to the graph) brings it.
 */
interface FactsWritten {
  counts: LoadCounts;
  /** Keys (`actor:<id>`, `rel:…`) of the actors and relations this statement created. */
  createdKeys: string[];
  /** `pledge:<id>` of every pledge written. */
  pledgeKeys: string[];
}

async function writeFacts(tx: Runner, plans: readonly LoadPlan[], created: ReadonlySet<string>): Promise<FactsWritten> {
  const rows = mergeFacts(plans);
  const added = new Map<string, number>();
  for (const p of plans) if (created.has(p.article.id)) for (const e of p.evidence) added.set(e.factKey, (added.get(e.factKey) ?? 0) + 1);
  const relations = Object.fromEntries(Object.entries(rows.relations).map(([type, list]) =>
    [type, type === 'FOCUSES_ON' ? list : list.map((r) => ({ ...r, weight: added.get(r.key) ?? 0 }))]));
  // `extracted`: the values as extraction states them, kept beside the (maybe corrected) values.
  const pledges = rows.pledges.map((r) => ({
    ...r, weight: added.get(`pledge:${r.id}`) ?? 0,
    extracted: JSON.stringify({ amount: r.amount, unit: r.unit, amountText: r.amountText, amountUsd: r.amountUsd, status: r.status, periodStart: r.periodStart, periodEnd: r.periodEnd, by: r.by, to: r.to }),
  }));
  const createdCount = (r: RunResult) => num(r.records[0]?.get('created'));
  const [actorsWritten, , pledgesWritten, relationsWritten] = await Promise.all([
    tx.run(LOAD['load/write-actors'], { actors: rows.actors }),
    tx.run(LOAD['load/write-sectors'], { sectors: rows.sectors }),
    tx.run(LOAD['load/write-pledges'], { pledges }),
    tx.run(LOAD['load/write-relations'], { relations }),
  ]);
  const counts = emptyCounts();
  const tally = (c: keyof LoadCounts, made: number, rowCount: number) => {
    counts[c].created = made;
    counts[c].updated = rowCount - made;
  };
  tally('actors', createdCount(actorsWritten), rows.actors.length);
  tally('pledges', createdCount(pledgesWritten), rows.pledges.length);
  tally('relations', createdCount(relationsWritten), Object.values(rows.relations).reduce((n, list) => n + list.length, 0));
  const createdKeys = [
    ...((actorsWritten.records[0]?.get('createdIds') as string[] | undefined) ?? []).map((id) => `actor:${id}`),
    ...((relationsWritten.records[0]?.get('createdKeys') as string[] | undefined) ?? []),
  ];
  return { counts, createdKeys, pledgeKeys: rows.pledges.map((r) => `pledge:${r.id}`) };
}

export interface GroupLoad {
  /** Per plan, in the order given. */
  statuses: { articleId: string; status: 'loaded' | 'unchanged' }[];
  /** What the group's writes changed (facts shared by the group's articles count once). */
  counts: LoadCounts;
}

export interface GroupOptions {
  /**
   * The decision log's identityVersion the plans were made with (their merge and split decisions):
   * when the graph's differs, the load throws DecisionsChangedError instead of writing stale plans.
   */
  identityVersion?: number;
}

/**
 * Loads several planned articles (distinct ids) in one transaction: one hash read; articles new to the
 * graph created with their Evidence in two statements, the others upserted one statement each; then
 * the facts of all of them merged, one statement per kind of row; then the prunes (after every article's writes,
 * so a fact another article of this group supports stays); then the facts that articles already in the graph
 * changed get their dates and weights from their Evidence. Last, with the decision log locked (so no
 * decision is made meanwhile): the plans' merge and split decisions are checked against the graph's, and
 * the rename, reject, confirm and correct decisions are applied to the actors and relations created and
 * the pledges written, so a fact that comes back comes back as decided.
 */
export async function loadArticleGroup(tx: Runner, plans: readonly LoadPlan[], options: GroupOptions = {}): Promise<GroupLoad> {
  const stored = await readClaimsHashes(tx, plans.map((p) => p.article.id));
  const changed = plans.filter((p) => stored.get(p.article.id) !== p.article.claimsHash);
  const counts = emptyCounts();
  if (changed.length) {
    const unseen = changed.filter((p) => !stored.has(p.article.id));
    const created = unseen.length ? await createArticles(tx, unseen) : new Set<string>();
    for (const p of changed) if (created.has(p.article.id)) counts.evidence.created += p.evidence.length;
    // Statements are pipelined (sent without waiting for each answer); the server runs them in order.
    const [written, facts] = await Promise.all([
      Promise.all(changed.filter((p) => !created.has(p.article.id)).map((p) => writeArticle(tx, p))),
      writeFacts(tx, changed, created),
    ]);
    for (const w of written) addCounts(counts, w.counts);
    addCounts(counts, facts.counts);
    const staleKeys = [...new Set(written.flatMap((w) => w.staleKeys))];
    if (staleKeys.length) addCounts(counts, await pruneFacts(tx, staleKeys));
    // Articles already in the graph: what they dropped or added is counted afresh.
    await refreshFacts(tx, [...staleKeys, ...written.flatMap((w) => w.createdKeys)]);
    const log = await lockDecisionLog(tx);
    if (options.identityVersion !== undefined && log.identityVersion !== options.identityVersion) {
      throw new DecisionsChangedError(options.identityVersion, log.identityVersion);
    }
    await applyTargetDecisions(tx, [...facts.createdKeys, ...facts.pledgeKeys]);
  }
  const loaded = new Set(changed.map((p) => p.article.id));
  return { statuses: plans.map((p) => ({ articleId: p.article.id, status: loaded.has(p.article.id) ? 'loaded' : 'unchanged' })), counts };
}

/** Loads one planned article. Does nothing (not even a timestamp) when the graph holds the same claimsHash. */
export async function loadArticle(tx: Runner, plan: LoadPlan, options: GroupOptions = {}): Promise<ArticleLoad> {
  const { statuses, counts } = await loadArticleGroup(tx, [plan], options);
  return { ...statuses[0]!, counts };
}

/** Removes an article and every fact only it supported. Returns null when there is no such article. */
export async function deleteArticle(tx: Runner, articleId: string): Promise<LoadCounts | null> {
  const stored = await readClaimsHashes(tx, [articleId]);
  if (!stored.has(articleId)) return null;
  const stale = await tx.run(LOAD['load/delete-stale-evidence'], { articleId, keep: [] });
  const counts = emptyCounts();
  counts.evidence.removed = counter(stale, 'nodesDeleted');
  await tx.run(LOAD['load/delete-article'], { articleId });
  const staleKeys = (stale.records[0]?.get('factKeys') as string[] | undefined) ?? [];
  addCounts(counts, await pruneFacts(tx, staleKeys));
  await refreshFacts(tx, staleKeys);
  return counts;
}
