/**
 * The benchmarks' own Neo4j: instance `bench` on port 7731 (never the dev or test instances), with
 * the project's migrations applied. Helpers to empty it and to count what it holds.
 */
import neo4j, { type Driver } from 'neo4j-driver';
import type { LocalNeo4jConfig } from '../../src/config.ts';
import { applyMigrations } from '../../src/graph/migrate.ts';
import { startLocalNeo4j } from '../../src/local-neo4j/local-server.ts';
import { log } from './machine.ts';

export const BENCH_NEO4J: LocalNeo4jConfig = { instance: 'bench', port: 7731, heap: '3g', pageCache: '4g' };

export interface BenchGraph {
  driver: Driver;
  uri: string;
  /** The JVM's process id (for reading its threads' CPU). */
  pid: number;
  stop(): Promise<void>;
}

/** Starts (or reuses) the bench instance. `detached` keeps it running after we exit, for repeated runs. */
export async function startBenchGraph(opts: { detached?: boolean; gc?: LocalNeo4jConfig['gc'] } = {}): Promise<BenchGraph> {
  const local = await startLocalNeo4j({ ...BENCH_NEO4J, gc: opts.gc ?? BENCH_NEO4J.gc }, { detached: opts.detached, log: (l) => log(`neo4j: ${l}`) });
  const driver = neo4j.driver(local.uri, undefined, { maxConnectionPoolSize: 100, connectionAcquisitionTimeout: 60_000 });
  await applyMigrations(driver);
  return {
    driver,
    uri: local.uri,
    pid: local.pid,
    stop: async () => {
      await driver.close();
      await local.stop();
    },
  };
}

/**
 * Deletes everything in batches (one DETACH DELETE of 10⁶ nodes would need a huge transaction):
 * relationships first, so no batch has to detach a hub with 10⁵ relationships. CALL … IN
 * TRANSACTIONS needs an auto-commit query; the timeout lifts the conf's 60 s cap for the whole run.
 */
export async function emptyGraph(driver: Driver): Promise<void> {
  const session = driver.session();
  try {
    const hour = { timeout: 3_600_000 };
    await session.run('MATCH ()-[r]->() CALL (r) { DELETE r } IN TRANSACTIONS OF 20000 ROWS', {}, hour);
    await session.run('MATCH (n) CALL (n) { DELETE n } IN TRANSACTIONS OF 20000 ROWS', {}, hour);
  } finally {
    await session.close();
  }
}

/**
 * Ends what an earlier measurement left running in Neo4j and waits until nothing is: a request the
 * load generator gave up on (timeout) still runs on the server, and would eat the next measurement's
 * CPU (seen: baseline queries running 34 s into the next shape). Returns how many it terminated.
 */
export async function settleGraph(driver: Driver, maxWaitMs = 60_000): Promise<number> {
  const others = async () => (await driver.executeQuery(
    "SHOW TRANSACTIONS YIELD transactionId, currentQuery WHERE NOT currentQuery STARTS WITH 'SHOW TRANSACTIONS' RETURN collect(transactionId) AS ids",
  )).records[0]?.get('ids') as string[];
  const ids = await others();
  if (ids.length) await driver.executeQuery('TERMINATE TRANSACTIONS $ids', { ids });
  for (const until = Date.now() + maxWaitMs; Date.now() < until && (await others()).length;) await new Promise((r) => setTimeout(r, 200));
  return ids.length;
}

export interface GraphSize {
  nodes: number;
  relationships: number;
  byLabel: Record<string, number>;
  byType: Record<string, number>;
}

export async function graphSize(driver: Driver): Promise<GraphSize> {
  const labels = await driver.executeQuery('CALL db.labels() YIELD label CALL (label) { MATCH (n) WHERE label IN labels(n) RETURN count(n) AS c } RETURN label, c');
  const types = await driver.executeQuery('CALL db.relationshipTypes() YIELD relationshipType AS t CALL (t) { MATCH ()-[r]->() WHERE type(r) = t RETURN count(r) AS c } RETURN t, c');
  const totals = await driver.executeQuery('MATCH (n) RETURN count(n) AS n');
  const rels = await driver.executeQuery('MATCH ()-[r]->() RETURN count(r) AS r');
  const num = (v: unknown) => (neo4j.isInt(v) ? (v as { toNumber(): number }).toNumber() : Number(v));
  return {
    nodes: num(totals.records[0]!.get('n')),
    relationships: num(rels.records[0]!.get('r')),
    byLabel: Object.fromEntries(labels.records.map((r) => [r.get('label') as string, num(r.get('c'))])),
    byType: Object.fromEntries(types.records.map((r) => [r.get('t') as string, num(r.get('c'))])),
  };
}
