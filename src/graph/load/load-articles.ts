/**
 * Many articles into the graph: groups of articles per write transaction (each group's facts merged
 * into one row per node or relationship), several transactions at once, transient errors such as deadlocks retried.
 * An article is all or nothing: a failing group is retried one article per transaction, so one bad
 * article never fails the batch or takes its group with it. Articles can come as an array or as a
 * stream (read and planned as the load goes, so memory holds only the groups in flight). When Neo4j
 * goes away the load waits for it, for a bounded time (outage.ts), then stops and says which articles
 * it did not load.
 */
import neo4j, { type Driver, type Session } from 'neo4j-driver';
import type { LoadPlan } from '../../core/plan/types.ts';
import { isUnavailableError } from '../unavailable.ts';
import { addCounts, emptyCounts, type LoadCounts } from './counts.ts';
import { DEFAULT_ARTICLES_PER_TRANSACTION, DEFAULT_CONCURRENCY, DEFAULT_WAIT_FOR_DATABASE_MS } from './defaults.ts';
import { GroupQueue, type Group } from './group-queue.ts';
import { loadArticleGroup, readClaimsHashes, type GroupLoad } from './load-article.ts';
import { DatabaseGoneError, OutageGate, type OutageEvent } from './outage.ts';
import { writeTransaction } from './write-transaction.ts';

export interface StreamLoadOptions {
  /** Transactions in flight at once (default DEFAULT_CONCURRENCY). */
  concurrency?: number;
  /**
   * Articles written per transaction (default DEFAULT_ARTICLES_PER_TRANSACTION). An article is still
   * all or nothing: when a group fails, its articles are retried one per transaction.
   */
  articlesPerTransaction?: number;
  /** Called with each retryable error before its transaction is retried (for diagnostics). */
  onRetry?: (error: unknown) => void;
  database?: string;
  /**
   * The decision log's identityVersion the plans were made with (readIdentityDecisions): a group whose
   * transaction finds another one fails its articles with "load again" rather than writing stale plans.
   */
  identityVersion?: number;
  onProgress?: (progress: { done: number; failed: number }) => void;
  /** How long to wait for Neo4j to answer again when it goes away mid-load (default 60 s; 0: stop at once). */
  waitForDatabaseMs?: number;
  /** How often to ask while waiting (default 1 s). */
  probeIntervalMs?: number;
  /** The outage as it happens: lost, each probe, back or gave up. */
  onOutage?: (event: OutageEvent) => void;
}

export interface LoadOptions extends Omit<StreamLoadOptions, 'onProgress'> {
  onProgress?: (progress: { done: number; total: number; failed: number }) => void;
}

/** An article to load, and where it was read (`file`, `file:line`); defaults to the plan's file. */
export interface PlannedArticle {
  plan: LoadPlan;
  where?: string | null;
}

interface Named {
  articleId: string;
  file: string | null;
  /** Where the article was read: its file, or `file:line` for a line of a JSON Lines file. */
  where: string | null;
}

export interface ArticleResult extends Named {
  status: 'loaded' | 'unchanged';
}

export interface ArticleFailure extends Named {
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
  /** Set when Neo4j went away and did not come back in time: the articles taken but not written. */
  aborted: { error: DatabaseGoneError; notLoaded: Named[] } | null;
}

const HASH_BATCH = 2000;

const versionKey = (plan: LoadPlan) => `${plan.article.id}:${plan.article.claimsHash}`;
const named = ({ plan, where }: PlannedArticle): Named => ({ articleId: plan.article.id, file: plan.article.file, where: where ?? plan.article.file });
const firstLine = (e: unknown) => (e instanceof Error ? e.message : String(e)).split('\n')[0]!;

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
 * Loads articles as `source` yields them: groups of `articlesPerTransaction` with distinct ids (a
 * later version of an id waits for the group holding the earlier one), at most `concurrency` in
 * flight and as many queued, so a stream of any length is loaded in bounded memory.
 */
export async function loadArticleStream(driver: Driver, source: AsyncIterable<PlannedArticle>, options: StreamLoadOptions = {}): Promise<LoadArticlesResult> {
  const { database, onProgress } = options;
  const concurrency = Math.max(1, options.concurrency ?? DEFAULT_CONCURRENCY);
  const size = Math.max(1, options.articlesPerTransaction ?? DEFAULT_ARTICLES_PER_TRANSACTION);
  const gate = new OutageGate(driver, {
    database,
    limitMs: options.waitForDatabaseMs ?? DEFAULT_WAIT_FOR_DATABASE_MS,
    probeMs: options.probeIntervalMs ?? 1000,
    onEvent: options.onOutage,
  });
  const results: ArticleResult[] = [];
  const failures: ArticleFailure[] = [];
  const notLoaded: Named[] = [];
  const totals = emptyCounts();
  let retries = 0;
  const onRetry = (e: unknown) => {
    retries++;
    options.onRetry?.(e);
  };
  const progress = () => onProgress?.({ done: results.length + failures.length, failed: failures.length });
  const record = (items: readonly PlannedArticle[], loaded: GroupLoad) => {
    addCounts(totals, loaded.counts);
    items.forEach((item, i) => results.push({ ...named(item), status: loaded.statuses[i]!.status }));
  };

  /** Writes `items` in one transaction, waiting out outages; throws DatabaseGoneError or the statement's error. */
  const write = async (session: () => Session, renew: () => void, items: readonly PlannedArticle[]) => {
    for (;;) {
      try {
        const plans = items.map((i) => i.plan);
        record(items, await writeTransaction(session(), (tx) => loadArticleGroup(tx, plans, { identityVersion: options.identityVersion }), onRetry));
        gate.healthy();
        return;
      } catch (e) {
        if (!isUnavailableError(e)) throw e;
        renew();
        await gate.recover(e);
      }
    }
  };

  const runGroup = async (session: () => Session, renew: () => void, group: Group<PlannedArticle>) => {
    if (gate.gaveUp) return void notLoaded.push(...group.items.map(named));
    try {
      await write(session, renew, group.items);
    } catch (e) {
      if (e instanceof DatabaseGoneError) return void notLoaded.push(...group.items.map(named));
      if (group.items.length === 1) return void failures.push({ ...named(group.items[0]!), error: firstLine(e) });
      for (const item of group.items) {
        if (gate.gaveUp) {
          notLoaded.push(named(item));
          continue;
        }
        try {
          await write(session, renew, [item]);
        } catch (err) {
          if (err instanceof DatabaseGoneError) notLoaded.push(named(item));
          else failures.push({ ...named(item), error: firstLine(err) });
        }
      }
    }
  };

  const queue = new GroupQueue<PlannedArticle>(concurrency, (item) => item.plan.article.id);
  const worker = async () => {
    const held: { session: Session | null } = { session: null };
    const session = () => (held.session ??= driver.session({ database, defaultAccessMode: neo4j.session.WRITE }));
    // A session whose connection broke is dropped; the next transaction gets a fresh one.
    const renew = () => {
      void held.session?.close().catch(() => {});
      held.session = null;
    };
    try {
      for (let group = await queue.take(); group; group = await queue.take()) {
        await group.ready;
        await runGroup(session, renew, group);
        group.finish();
        progress();
      }
    } finally {
      await held.session?.close().catch(() => {});
    }
  };
  const workers = Array.from({ length: concurrency }, worker);
  let readError: unknown = null;
  try {
    for await (const item of source) {
      if (gate.gaveUp) {
        notLoaded.push(named(item));
        break;
      }
      await queue.add(item, size);
    }
    if (gate.gaveUp) notLoaded.push(...queue.discardOpen().map(named));
  } catch (e) {
    readError = e;
  } finally {
    await queue.close();
  }
  await Promise.all(workers);
  if (readError) throw readError;

  return {
    results,
    failures,
    loaded: results.filter((r) => r.status === 'loaded').length,
    unchanged: results.filter((r) => r.status === 'unchanged').length,
    totals,
    retries,
    aborted: gate.gaveUp ? { error: gate.gaveUp, notLoaded } : null,
  };
}

export async function loadArticles(driver: Driver, plans: readonly LoadPlan[], options: LoadOptions = {}): Promise<LoadArticlesResult> {
  const { database, onProgress } = options;
  let unchanged = new Set<string>();
  try {
    unchanged = await findUnchanged(driver, plans, database);
  } catch {
    // The pre-check is an optimisation: each transaction checks the hash again.
  }
  const skipped: ArticleResult[] = plans
    .filter((p) => unchanged.has(versionKey(p)))
    .map((plan) => ({ ...named({ plan }), status: 'unchanged' }));
  const total = plans.length;
  onProgress?.({ done: skipped.length, total, failed: 0 });
  async function* pending() {
    for (const plan of plans) if (!unchanged.has(versionKey(plan))) yield { plan };
  }
  const result = await loadArticleStream(driver, pending(), {
    ...options,
    onProgress: ({ done, failed }) => onProgress?.({ done: skipped.length + done, total, failed }),
  });
  const results = [...skipped, ...result.results];
  return { ...result, results, unchanged: result.unchanged + skipped.length };
}
