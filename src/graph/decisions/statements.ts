/** The decisions' Cypher, resolved at import so a missing file stops start-up. */
import { cypherSet } from '../cypher-files.ts';

export const DECISIONS = cypherSet([
  'decisions/lock-log',
  'decisions/create',
  'decisions/mark-undone',
  'decisions/by-ids',
  'decisions/list',
  'decisions/all',
  'decisions/identity',
  'decisions/active-for-targets',
  'decisions/relation-states',
  'decisions/set-relation-states',
  'decisions/pledge-states',
  'decisions/set-pledge-states',
  'decisions/actor-states',
  'decisions/set-actor-states',
  'decisions/articles-mentioning',
  'decisions/article-sources',
  'decisions/facts-exist',
]);
