/** Batch-load defaults, apart so the CLI's --help can print them without loading the driver. */

/** Two transactions at once keep both cores of a small machine busy (Neo4j runs one statement on one core). */
export const DEFAULT_CONCURRENCY = 2;
/** A hundred articles share one statement per kind of row: hub actors are looked up once per group, not once per article. */
export const DEFAULT_ARTICLES_PER_TRANSACTION = 100;
/**
 * When Neo4j goes away mid-load, how long the loader waits for it to come back (probing every second,
 * saying so) before it stops and reports what was and was not loaded.
 */
export const DEFAULT_WAIT_FOR_DATABASE_MS = 60_000;
