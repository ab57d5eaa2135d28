/** Imports every type file (each registers itself on the builder) and builds the schema once. */
import { createRequire } from 'node:module';
import type * as GraphQL from 'graphql';
import type { GraphQLSchema } from 'graphql';
import { builder } from './builder.ts';
import './types/enums.ts';
import './types/evidence.ts';
import './types/relation.ts';
import './types/actor.ts';
import './types/sector.ts';
import './types/article.ts';
import './types/pledge.ts';
import './types/pledges.ts';
import './types/pledge-totals.ts';
import './types/partners.ts';
import './types/search.ts';
import './types/paths.ts';
import './types/network.ts';
import './types/mutations.ts';
import './types/decision.ts';
import './types/decision-mutations.ts';

builder.queryType({ description: 'Questions about who partners with whom in Vietnam\'s technology push; every fact cites its article and sentence.' });

let schema: GraphQLSchema | null = null;

export function buildSchema(): GraphQLSchema {
  schema ??= builder.toSchema();
  return schema;
}

// Print with the graphql copy pothos built the schema with (the CJS one node_modules resolve to),
// not whichever build a test runner hands this file.
const { lexicographicSortSchema, printSchema } = createRequire(import.meta.url)('graphql') as typeof GraphQL;

/** The SDL committed as schema/schema.graphql (sorted, so diffs show real changes only). */
export function printSchemaSdl(): string {
  return `${printSchema(lexicographicSortSchema(buildSchema()))}\n`;
}
