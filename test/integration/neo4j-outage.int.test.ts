/**
 * Neo4j goes away under a running API and comes back: the API stays up, says so on /ready, answers
 * queries with UNAVAILABLE, and recovers by itself. Uses its own Neo4j instance so it can stop it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rmSync } from 'node:fs';
import type { FastifyInstance } from 'fastify';
import neo4j, { type Driver } from 'neo4j-driver';
import { loadConfig } from '../../src/config.ts';
import { applyMigrations } from '../../src/graph/migrate.ts';
import { buildApp } from '../../src/http/build-app.ts';
import { startLocalNeo4j, stopLocalNeo4j, type LocalNeo4j } from '../../src/local-neo4j/local-server.ts';
import { instancePaths } from '../../src/local-neo4j/paths.ts';

const cfg = { instance: 'test-outage', port: Number(process.env.LOCAL_NEO4J_OUTAGE_PORT ?? 7698), heap: '512m', pageCache: '64m' };
const QUERY = '{ sectors { name } }';

let server: LocalNeo4j;
let driver: Driver;
let app: FastifyInstance;

const ask = async () => {
  const res = await app.inject({ method: 'POST', url: '/graphql', payload: { query: QUERY } });
  return res.json() as { data?: { sectors: unknown[] } | null; errors?: Array<{ message: string; extensions?: { code?: string } }> };
};

async function waitFor<T>(probe: () => Promise<T>, done: (v: T) => boolean, timeoutMs: number): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last = await probe();
  while (!done(last) && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 500));
    last = await probe();
  }
  return last;
}

beforeAll(async () => {
  rmSync(instancePaths(cfg.instance).home, { recursive: true, force: true });
  server = await startLocalNeo4j(cfg, { log: () => {} });
  driver = neo4j.driver(server.uri, undefined, { connectionAcquisitionTimeout: 3000, connectionTimeout: 2000 });
  await applyMigrations(driver);
  await driver.executeQuery("MERGE (:Sector {id: 'ai', name: 'Artificial intelligence', nameVi: 'Trí tuệ nhân tạo', searchText: 'ai'})");
  app = await buildApp({ config: loadConfig({ QUERY_TIMEOUT_MS: '10000' }), graph: { driver, database: undefined }, logger: false });
}, 300_000);

afterAll(async () => {
  await app?.close();
  await driver?.close();
  await stopLocalNeo4j(cfg);
  rmSync(instancePaths(cfg.instance).home, { recursive: true, force: true });
});

describe('when Neo4j goes down and comes back', () => {
  it('stays up, reports not ready, answers UNAVAILABLE, then recovers by itself', async () => {
    expect((await app.inject('/ready')).statusCode).toBe(200);
    expect((await ask()).data?.sectors).toEqual([{ name: 'Artificial intelligence' }]);

    await server.stop();

    expect((await app.inject('/health')).statusCode).toBe(200);
    expect((await app.inject('/ready')).statusCode).toBe(503);
    const down = await ask();
    expect(down.errors?.[0]?.extensions?.code).toBe('UNAVAILABLE');
    // No internals leak to the client.
    expect(JSON.stringify(down)).not.toMatch(/bolt:|127\.0\.0\.1|at .*\.ts/);

    server = await startLocalNeo4j(cfg, { log: () => {} });
    const ready = await waitFor(async () => (await app.inject('/ready')).statusCode, (s) => s === 200, 60_000);
    expect(ready).toBe(200);
    const back = await waitFor(ask, (r) => Boolean(r.data?.sectors), 30_000);
    expect(back.data?.sectors).toEqual([{ name: 'Artificial intelligence' }]);
  }, 300_000);
});
