/**
 * The real driver, with a record of every transaction it opens: the session's access mode, how the
 * transaction was opened, and the Cypher run in it. Queries still go to the real Neo4j; this only
 * watches, so a test can check that reads go through read transactions and writes through write ones.
 */
import neo4j, { type Driver, type Session, type SessionConfig } from 'neo4j-driver';

export type Opened = 'executeRead' | 'executeWrite' | 'beginTransaction' | 'run' | 'executeQuery';

export interface TransactionRecord {
  /** READ or WRITE: the session's access mode (executeRead is READ whatever the session says). */
  mode: 'READ' | 'WRITE';
  opened: Opened;
  queries: string[];
}

export interface RecordingDriver {
  driver: Driver;
  records: TransactionRecord[];
  /** The records since the last call, and a fresh start. */
  take(): TransactionRecord[];
}

type Runner = { run(query: string, ...rest: unknown[]): unknown };

function watchRuns<T extends Runner>(tx: T, record: TransactionRecord): T {
  return new Proxy(tx, {
    get(target, prop, receiver) {
      const value = Reflect.get(target, prop, receiver) as unknown;
      if (prop !== 'run' || typeof value !== 'function') return typeof value === 'function' ? value.bind(target) : value;
      return (query: string, ...rest: unknown[]) => {
        record.queries.push(query);
        return (value as Runner['run']).call(target, query, ...rest);
      };
    },
  });
}

export function recordTransactions(real: Driver): RecordingDriver {
  let records: TransactionRecord[] = [];
  const push = (r: TransactionRecord) => (records.push(r), r);

  const watchSession = (session: Session, config: SessionConfig | undefined): Session => {
    const sessionMode = config?.defaultAccessMode === neo4j.session.READ ? 'READ' : 'WRITE';
    return new Proxy(session, {
      get(target, prop, receiver) {
        const value = Reflect.get(target, prop, receiver) as unknown;
        if (typeof value !== 'function') return value;
        switch (prop) {
          case 'executeRead':
          case 'executeWrite':
            return (work: (tx: Runner) => unknown, ...rest: unknown[]) => {
              const record = push({ mode: prop === 'executeRead' ? 'READ' : 'WRITE', opened: prop, queries: [] });
              return (value as (w: (tx: Runner) => unknown, ...r: unknown[]) => unknown).call(target, (tx: Runner) => work(watchRuns(tx, record)), ...rest);
            };
          case 'beginTransaction':
            return (...args: unknown[]) => {
              const record = push({ mode: sessionMode, opened: 'beginTransaction', queries: [] });
              return watchRuns((value as (...a: unknown[]) => Runner).apply(target, args), record);
            };
          case 'run':
            return (query: string, ...rest: unknown[]) => {
              push({ mode: sessionMode, opened: 'run', queries: [query] });
              return (value as Runner['run']).call(target, query, ...rest);
            };
          default:
            return value.bind(target);
        }
      },
    });
  };

  const driver = new Proxy(real, {
    get(target, prop, receiver) {
      const value = Reflect.get(target, prop, receiver) as unknown;
      if (typeof value !== 'function') return value;
      if (prop === 'session') {
        return (config?: SessionConfig) => watchSession(target.session(config), config);
      }
      if (prop === 'executeQuery') {
        return (query: string, params?: unknown, config?: { routing?: string }) => {
          push({ mode: config?.routing === neo4j.routing.READ ? 'READ' : 'WRITE', opened: 'executeQuery', queries: [query] });
          return (value as (...a: unknown[]) => unknown).call(target, query, params, config);
        };
      }
      return value.bind(target);
    },
  });

  return {
    driver,
    get records() {
      return records;
    },
    take() {
      const taken = records;
      records = [];
      return taken;
    },
  };
}

/** Whether Cypher changes the graph: an upper-case write clause outside `//` comments. */
export const writesGraph = (cypher: string): boolean =>
  /\b(CREATE|MERGE|SET|DELETE|REMOVE|FOREACH|LOAD CSV)\b/.test(cypher.replace(/\/\/.*$/gm, ''));
