/**
 * Expected errors carry a code; everything else stays masked. Neo4j errors are mapped here only.
 * Errors are made with yoga's `createGraphQLError` so they are instances of the same `graphql` copy
 * yoga checks against (a bundler or test runner may load graphql's ESM build for our files and its
 * CJS build for node_modules; yoga would then mask our coded errors).
 */
import type { GraphQLError } from 'graphql';
import { createGraphQLError } from 'graphql-yoga';
import { Neo4jError } from 'neo4j-driver';
import { isUnavailableError } from '../graph/unavailable.ts';

export type ErrorCode = 'NOT_FOUND' | 'BAD_USER_INPUT' | 'UNAUTHENTICATED' | 'UNAVAILABLE' | 'TIMEOUT';

export function codedError(code: ErrorCode, message: string, extra: Record<string, unknown> = {}): GraphQLError {
  return createGraphQLError(message, { extensions: { code, ...extra } });
}

export const notFound = (what: string) => codedError('NOT_FOUND', `${what} not found`);
export const badInput = (message: string, extra: Record<string, unknown> = {}) => codedError('BAD_USER_INPUT', message, extra);
export const unauthenticated = () => codedError('UNAUTHENTICATED', 'A valid `Authorization: Bearer <token>` header is required for mutations');

const TIMEOUT_CODES = new Set([
  'Neo.ClientError.Transaction.TransactionTimedOut',
  'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration',
]);

/** The one place that turns database failures into API errors; unknown errors pass through to be masked. */
export function mapGraphError(err: unknown): unknown {
  if (err instanceof Error && err.name === 'GraphQLError') return err;
  if (err instanceof Neo4jError) {
    if (isUnavailableError(err) || err.retriable) return codedError('UNAVAILABLE', 'The graph database is not reachable right now; try again shortly');
    if (TIMEOUT_CODES.has(err.code)) return codedError('TIMEOUT', 'The query took longer than the server allows; narrow it down');
  }
  return err;
}
