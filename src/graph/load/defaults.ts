/** Batch-load defaults, apart so the CLI's --help can print them without loading the driver. */

/** Two transactions at once keep both cores of a small machine busy (Neo4j runs one statement on one core). */
export const DEFAULT_CONCURRENCY = 2;
/** A hundred articles share one statement per kind of row: hub actors are looked up once per group, not once per article. */
export const DEFAULT_ARTICLES_PER_TRANSACTION = 100;
