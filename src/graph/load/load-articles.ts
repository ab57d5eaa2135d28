/**
 * Many articles into the graph: groups of articles per write transaction (each group's facts merged
 * into one row per node or relationship), several transactions at once, transient errors such as deadlocks retried.
 * An article is all or nothing: a failing group is retried one article per transaction, so one bad
 * article never fails the batch or takes its group with it.
 */
import type { Driver } from 'neo4j-driver';
import type { LoadPlan } from '../../core/plan/types.ts';
import { addCounts, emptyCounts, type LoadCounts } from './counts.ts';
import { DEFAULT_ARTICLES_PER_TRANSACTION, DEFAULT_CONCURRENCY } from './defaults.ts';
import { loadArticleGroup, readClaimsHashes, type GroupLoad } from './load-article.ts';
import { writeTransaction } from './write-transaction.ts';

export interface LoadOptions {
  /** Transactions in flight at once (default DEFAULT_CONCURRENCY). */
  concurrency?: number;
  /**
   * Articles written per transaction (default DEFAULT_ARTICLES_PER_TRANSACTION). An article is still
   * all or nothing: when a group fails, its articles are retried one per transaction.
   */
  articlesPerTransaction?: number;
  onProgress?: (progress: { done: number; total: number; failed: number }) => void;
  /** Called with each retryable error before its transaction is retried (for diagnostics). */
  onRetry?: (error: unknown) => void;
  database?: string;
  /**
   * The decision log's identityVersion the plans were made with (readIdentityDecisions): a group whose
   * transaction finds another one fails its articles with "load again" rather than writing stale plans.
   */
  identityVersion?: number;
}

export interface ArticleResult {
  articleId: string;
  file: string | null;
  status: 'loaded' | 'unchanged';
}

export interface ArticleFailure {
  articleId: string;
  file: string | null;
  error: string;
}

export interface LoadArticlesResult {
  results: ArticleResult[];
  failures: ArticleFailure[];
  loaded: number;
  unchanged: number;
  /** What the load changed (a fact several articles of one transaction share counts once). */
  totals: LoadCounts;
  /** Transactions retried after a retryable error (mostly deadlocks on hub nodes). */
  retries: number;
}

const HASH_BATCH = 2000;

const versionKey = (plan: LoadPlan) => `${plan.article.id}:${plan.article.claimsHash}`;

/** Ids whose stored hash equals the plan's: skipped without opening a transaction each. */
async function findUnchanged(driver: Driver, plans: readonly LoadPlan[], database: string | undefined): Promise<Set<string>> {
  const unchanged = new Set<string>();
  const session = driver.session({ database, defaultAccessMode: 'READ' });
  try {
    for (let i = 0; i < plans.length; i += HASH_BATCH) {
      const batch = plans.slice(i, i + HASH_BATCH);
      const stored = await session.executeRead((tx) => readClaimsHashes(tx, batch.map((p) => p.article.id)));
      for (const p of batch) if (stored.get(p.article.id) === p.article.claimsHash) unchanged.add(versionKey(p));
    }
  } finally {
    await session.close();
  }
  return unchanged;
}

/**
 * Groups of at most `size` plans with distinct article ids. A later plan of an id already in a group
 * goes to a later group, so two versions of one article load in order (an equal second is 'unchanged').
 */
function groupPlans(plans: readonly LoadPlan[], size: number): LoadPlan[][] {
  const groups: { plans: LoadPlan[]; ids: Set<string> }[] = [];
  const lastGroupOf = new Map<string, number>();
  let open = 0;
  for (const plan of plans) {
    const id = plan.article.id;
    let g = Math.max(open, (lastGroupOf.get(id) ?? -1) + 1);
    while (groups[g] && (groups[g]!.plans.length >= size || groups[g]!.ids.has(id))) g++;
    groups[g] ??= { plans: [], ids: new Set() };
    groups[g]!.plans.push(plan);
    groups[g]!.ids.add(id);
    lastGroupOf.set(id, g);
    while (groups[open] && groups[open]!.plans.length >= size) open++;
  }
  return groups.map((g) => g.plans);
}

export async function loadArticles(driver: Driver, plans: readonly LoadPlan[], options: LoadOptions = {}): Promise<LoadArticlesResult> {
  const { database, onProgress } = options;
  const concurrency = Math.max(1, options.concurrency ?? DEFAULT_CONCURRENCY);
  const results: ArticleResult[] = [];
  const failures: ArticleFailure[] = [];
  const total = plans.length;
  const progress = () => onProgress?.({ done: results.length + failures.length, total, failed: failures.length });

  let unchanged = new Set<string>();
  try {
    unchanged = await findUnchanged(driver, plans, database);
  } catch {
    // The pre-check is an optimisation: each transaction checks the hash again.
  }
  const size = Math.max(1, options.articlesPerTransaction ?? DEFAULT_ARTICLES_PER_TRANSACTION);
  let retries = 0;
  const onRetry = (e: unknown) => {
    retries++;
    options.onRetry?.(e);
  };
  const pending = plans.filter((p) => !unchanged.has(versionKey(p)));
  for (const p of plans) if (unchanged.has(versionKey(p))) results.push({ articleId: p.article.id, file: p.article.file, status: 'unchanged' });
  progress();
  const groups = groupPlans(pending, size);
  const totals = emptyCounts();
  const record = (group: readonly LoadPlan[], loaded: GroupLoad) => {
    addCounts(totals, loaded.counts);
    group.forEach((plan, i) => results.push({ ...loaded.statuses[i]!, file: plan.article.file }));
  };
  const fail = (plan: LoadPlan, e: unknown) =>
    failures.push({ articleId: plan.article.id, file: plan.article.file, error: (e instanceof Error ? e.message : String(e)).split('\n')[0]! });

  // A group waits for the earlier groups holding one of its article ids: versions load in order.
  const finished = groups.map(() => {
    let resolve!: () => void;
    const promise = new Promise<void>((r) => (resolve = r));
    return { promise, resolve };
  });
  const lastWith = new Map<string, number>();
  const waitsFor = groups.map((group, g) => {
    const earlier = new Set<number>();
    for (const p of group) {
      const before = lastWith.get(p.article.id);
      if (before !== undefined) earlier.add(before);
      lastWith.set(p.article.id, g);
    }
    return [...earlier];
  });
  let next = 0;
  const worker = async () => {
    const session = driver.session({ database, defaultAccessMode: 'WRITE' });
    try {
      for (let g = next++; g < groups.length; g = next++) {
        const group = groups[g]!;
        await Promise.all(waitsFor[g]!.map((e) => finished[e]!.promise));
        try {
          record(group, await writeTransaction(session, (tx) => loadArticleGroup(tx, group, { identityVersion: options.identityVersion }), onRetry));
        } catch (e) {
          if (group.length === 1) fail(group[0]!, e);
          else {
            for (const plan of group) {
              try {
                record([plan], await writeTransaction(session, (tx) => loadArticleGroup(tx, [plan], { identityVersion: options.identityVersion }), onRetry));
              } catch (err) {
                fail(plan, err);
              }
            }
          }
        }
        finished[g]!.resolve();
        progress();
      }
    } finally {
      await session.close();
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, groups.length) }, worker));

  return {
    results,
    failures,
    loaded: results.filter((r) => r.status === 'loaded').length,
    unchanged: results.filter((r) => r.status === 'unchanged').length,
    totals,
    retries,
  };
}
