/** The load's Cypher, resolved at import so a missing file stops start-up. */
import type { ManagedTransaction } from 'neo4j-driver';
import { cypherSet } from '../cypher-files.ts';

export const LOAD = cypherSet([
  'load/article-hashes',
  'load/write-article',
  'load/create-articles',
  'load/create-evidence',
  'load/write-actors',
  'load/write-sectors',
  'load/write-pledges',
  'load/write-relations',
  'load/delete-stale-evidence',
  'load/prune-relations',
  'load/refresh-relations',
  'load/refresh-pledges',
  'load/prune-pledges',
  'load/prune-actors',
  'load/delete-article',
  'load/sector-vocabulary',
  'load/sector-links',
]);

/** Anything that runs a query: a managed or explicit transaction (runner first, so tests can wrap one). */
export type Runner = Pick<ManagedTransaction, 'run'>;
