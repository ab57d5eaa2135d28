/**
 * Many articles into the graph: each in its own write transaction (executeWrite retries transient
 * errors such as deadlocks), several at once. One bad article never fails the batch.
 */
import type { Driver } from 'neo4j-driver';
import type { LoadPlan } from '../../core/plan/types.ts';
import { addCounts, emptyCounts, type LoadCounts } from './counts.ts';
import { loadArticle, readClaimsHashes } from './load-article.ts';

export interface LoadOptions {
  /** Articles in flight at once (default 4). */
  concurrency?: number;
  onProgress?: (progress: { done: number; total: number; failed: number }) => void;
  database?: string;
}

export interface ArticleResult {
  articleId: string;
  file: string | null;
  status: 'loaded' | 'unchanged';
  counts: LoadCounts;
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
  totals: LoadCounts;
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

/** Plans of one article id stay in one queue, in order: the second of two equal plans is then 'unchanged'. */
function queuesById(plans: readonly LoadPlan[]): LoadPlan[][] {
  const queues = new Map<string, LoadPlan[]>();
  for (const plan of plans) {
    const queue = queues.get(plan.article.id);
    if (queue) queue.push(plan);
    else queues.set(plan.article.id, [plan]);
  }
  return [...queues.values()];
}

export async function loadArticles(driver: Driver, plans: readonly LoadPlan[], options: LoadOptions = {}): Promise<LoadArticlesResult> {
  const { database, onProgress } = options;
  const concurrency = Math.max(1, options.concurrency ?? 4);
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
  const queues = queuesById(plans);
  let next = 0;
  const worker = async () => {
    const session = driver.session({ database, defaultAccessMode: 'WRITE' });
    try {
      for (let q = next++; q < queues.length; q = next++) {
        for (const plan of queues[q]!) {
          const { id: articleId, file } = plan.article;
          try {
            if (unchanged.has(versionKey(plan))) {
              results.push({ articleId, file, status: 'unchanged', counts: emptyCounts() });
            } else {
              const loaded = await session.executeWrite((tx) => loadArticle(tx, plan));
              results.push({ ...loaded, file });
            }
          } catch (e) {
            failures.push({ articleId, file, error: (e instanceof Error ? e.message : String(e)).split('\n')[0]! });
          }
          progress();
        }
      }
    } finally {
      await session.close();
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, queues.length) }, worker));

  const totals = emptyCounts();
  for (const r of results) addCounts(totals, r.counts);
  return {
    results,
    failures,
    loaded: results.filter((r) => r.status === 'loaded').length,
    unchanged: results.filter((r) => r.status === 'unchanged').length,
    totals,
  };
}
