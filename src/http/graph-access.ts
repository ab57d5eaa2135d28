/** How the API touches Neo4j: every read in `executeRead` with a timeout, errors mapped once. */
import neo4j, { type Driver } from 'neo4j-driver';
import { mapGraphError } from '../gql/errors.ts';
import type { ReadFn } from '../gql/loaders.ts';
import type { ReadRunner } from '../graph/read/rows.ts';

export interface GraphHandle {
  driver: Driver;
  database: string | undefined;
}

/** Called with every Cypher statement the API runs (tests count them). */
export type CypherObserver = (query: string) => void;

export function createReadFn(graph: GraphHandle, timeoutMs: number, observe?: CypherObserver): ReadFn {
  return async (work) => {
    const session = graph.driver.session({ database: graph.database, defaultAccessMode: neo4j.session.READ });
    try {
      return await session.executeRead((tx) => {
        const runner: ReadRunner = observe
          ? { run: (query, params) => { observe(query); return tx.run(query, params); } }
          : tx;
        return work(runner);
      }, { timeout: timeoutMs });
    } catch (err) {
      throw mapGraphError(err);
    } finally {
      await session.close();
    }
  };
}

/** True when Neo4j answers `RETURN 1` within `timeoutMs`. */
export async function pingGraph(graph: GraphHandle, timeoutMs: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<false>((resolve) => { timer = setTimeout(() => resolve(false), timeoutMs); });
  const ping = graph.driver
    .executeQuery('RETURN 1 AS ok', {}, { database: graph.database, routing: neo4j.routing.READ, transactionConfig: { timeout: timeoutMs } })
    .then(() => true, () => false);
  try {
    return await Promise.race([ping, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
