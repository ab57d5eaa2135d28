import { inject } from 'vitest';
import neo4j, { type Driver } from 'neo4j-driver';

/** The URI of the real Neo4j started by test/global-setup.ts. */
export const testNeo4jUri = (): string => inject('neo4jUri');

export function createTestDriver(): Driver {
  return neo4j.driver(testNeo4jUri());
}

/** Empties the graph (schema stays). Integration files run one at a time, so this is safe. */
export async function resetGraph(driver: Driver): Promise<void> {
  // CALL … IN TRANSACTIONS needs an implicit (auto-commit) transaction: session.run, not executeQuery.
  const session = driver.session();
  try {
    await session.run('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS');
  } finally {
    await session.close();
  }
}

export async function countGraph(driver: Driver): Promise<{ nodes: number; relationships: number }> {
  const { records } = await driver.executeQuery(
    'MATCH (n) WITH count(n) AS nodes OPTIONAL MATCH ()-[r]->() RETURN nodes, count(r) AS relationships',
  );
  const r = records[0]!;
  return { nodes: Number(r.get('nodes')), relationships: Number(r.get('relationships')) };
}
