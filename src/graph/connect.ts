import neo4j, { type Driver } from 'neo4j-driver';
import type { Config } from '../config.ts';
import { startLocalNeo4j } from '../local-neo4j/local-server.ts';

export interface GraphConnection {
  driver: Driver;
  database: string | undefined;
  uri: string;
  /** Closes the driver and, if we started it, the local server. */
  close(): Promise<void>;
}

/**
 * The configured server when NEO4J_URI is set (bolt://, neo4j:// or neo4j+s://), otherwise a local
 * Neo4j started (or reused) from the project's own jars.
 */
export async function connectGraph(config: Readonly<Config>, opts: { detachedLocal?: boolean } = {}): Promise<GraphConnection> {
  if (config.neo4j) {
    const { uri, user, password, database } = config.neo4j;
    const driver = neo4j.driver(uri, password ? neo4j.auth.basic(user, password) : undefined, driverOptions());
    return { driver, database, uri, close: () => driver.close() };
  }
  const local = await startLocalNeo4j(config.localNeo4j, { detached: opts.detachedLocal });
  const driver = neo4j.driver(local.uri, undefined, driverOptions());
  return {
    driver,
    database: undefined,
    uri: local.uri,
    close: async () => {
      await driver.close();
      await local.stop();
    },
  };
}

function driverOptions() {
  // Integers come back as JS numbers only where we convert them explicitly (zod at the row boundary).
  // Managed transactions retry an unreachable server; 5 s (not the driver's 30 s) keeps an API
  // request from hanging that long before it can answer UNAVAILABLE.
  return { disableLosslessIntegers: false, connectionAcquisitionTimeout: 10_000, maxConnectionPoolSize: 100, maxTransactionRetryTime: 5_000 };
}
