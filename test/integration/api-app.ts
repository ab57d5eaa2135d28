/** Starts the API in-process over the test Neo4j and sends GraphQL through HTTP (`app.inject`). */
import type { FastifyInstance } from 'fastify';
import type { Driver } from 'neo4j-driver';
import { loadConfig } from '../../src/config.ts';
import type { ArticleWriter } from '../../src/gql/context.ts';
import { buildApp } from '../../src/http/build-app.ts';
import { createTestDriver, resetGraph } from '../support/neo4j.ts';
import { loadFixtureGraph } from './api-fixture.ts';

export const TEST_TOKEN = 'test-token-0123456789';

export interface GqlResponse {
  status: number;
  data: Record<string, any> | null; // eslint-disable-line @typescript-eslint/no-explicit-any
  errors: Array<{ message: string; extensions?: { code?: string } }> | undefined;
}

export interface TestApi {
  app: FastifyInstance;
  gql(query: string, variables?: Record<string, unknown>, headers?: Record<string, string>): Promise<GqlResponse>;
}

export async function startApi(driver: Driver, opts: { apiToken?: string; apiTokens?: string; maxPageSize?: number; writer?: ArticleWriter; onCypher?: (q: string) => void } = {}): Promise<TestApi> {
  const config = loadConfig({
    NEO4J_URI: 'bolt://unused:7687',
    MAX_PAGE_SIZE: String(opts.maxPageSize ?? 50),
    // Generous: on a busy 2-core test machine the first run of a query spends seconds in the planner.
    QUERY_TIMEOUT_MS: '30000',
    ...(opts.apiToken ? { API_TOKEN: opts.apiToken } : {}),
    ...(opts.apiTokens ? { API_TOKENS: opts.apiTokens } : {}),
  });
  const app = await buildApp({ config, graph: { driver, database: undefined }, logger: false, writer: opts.writer, onCypher: opts.onCypher });
  return {
    app,
    async gql(query, variables = {}, headers = {}) {
      const res = await app.inject({ method: 'POST', url: '/graphql', headers: { 'content-type': 'application/json', ...headers }, payload: { query, variables } });
      const body = res.json() as { data?: Record<string, unknown> | null; errors?: GqlResponse['errors'] };
      return { status: res.statusCode, data: (body.data ?? null) as GqlResponse['data'], errors: body.errors };
    },
  };
}

/** The data of a response that must have no errors (the errors are shown when it has some). */
export function ok(res: GqlResponse): Record<string, any> { // eslint-disable-line @typescript-eslint/no-explicit-any
  if (res.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(res.errors)}`);
  if (!res.data) throw new Error(`no data (HTTP ${res.status})`);
  return res.data;
}

/** A clean test graph with the fixture articles loaded, and the API over it: each API test file's setup. */
export async function openFixtureApi(opts: Parameters<typeof startApi>[1] = {}): Promise<{ driver: Driver; api: TestApi }> {
  const driver = createTestDriver();
  await resetGraph(driver);
  await loadFixtureGraph(driver);
  return { driver, api: await startApi(driver, opts) };
}

export async function closeFixtureApi(driver: Driver | undefined, api: TestApi | undefined): Promise<void> {
  await api?.app.close();
  await driver?.close();
}
