/**
 * Starts (or reuses) the test Neo4j once per run, applies the schema, and hands its URI to the test
 * files. A separate instance and port from dev, so tests never touch the dev graph.
 * Set NEO4J_TEST_URI to run the suite against a server of your own instead.
 */
import type { TestProject } from 'vitest/node';
import neo4j from 'neo4j-driver';
import { startLocalNeo4j, type LocalNeo4j } from '../src/local-neo4j/local-server.ts';
import { applyMigrations } from '../src/graph/migrate.ts';

let server: LocalNeo4j | null = null;

export async function setup(project: TestProject): Promise<void> {
  let uri = process.env.NEO4J_TEST_URI;
  if (!uri) {
    server = await startLocalNeo4j({
      instance: process.env.LOCAL_NEO4J_TEST_INSTANCE ?? 'test',
      port: Number(process.env.LOCAL_NEO4J_TEST_PORT ?? 7697),
      heap: process.env.LOCAL_NEO4J_TEST_HEAP ?? '1g',
      pageCache: '256m',
    });
    uri = server.uri;
  }
  const driver = neo4j.driver(uri);
  try {
    await applyMigrations(driver);
  } finally {
    await driver.close();
  }
  project.provide('neo4jUri', uri);
}

export async function teardown(): Promise<void> {
  await server?.stop();
}

declare module 'vitest' {
  export interface ProvidedContext {
    neo4jUri: string;
  }
}
