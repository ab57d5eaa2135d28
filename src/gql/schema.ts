/** Imports every type file (each registers itself on the builder) and builds the schema once. */
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
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

builder.queryType({ description: 'Questions about who partners with whom in Vietnam\'s technology push; every fact cites its article and sentence.' });

let schema: GraphQLSchema | null = null;

export function buildSchema(): GraphQLSchema {
  schema ??= builder.toSchema();
  return schema;
}

/** The SDL committed as schema/schema.graphql (sorted, so diffs show real changes only). */
export function printSchemaSdl(): string {
  return `${printSchema(lexicographicSortSchema(buildSchema()))}\n`;
}
