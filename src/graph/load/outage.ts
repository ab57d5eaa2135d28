/**
 * What a load does when Neo4j goes away under it (killed, restarted, network gone): every worker's
 * transaction fails at once; one probe loop (shared by all workers) asks the server `RETURN 1` every
 * `probeMs` and reports each attempt, and the workers retry their groups when it answers. An outage
 * lasts until a transaction commits again, so a server that answers the probe but fails every write
 * still runs out the clock. After `limitMs` the load gives up with `DatabaseGoneError`.
 */
import neo4j, { type Driver } from 'neo4j-driver';

export type OutageEvent =
  | { kind: 'lost'; error: string }
  | { kind: 'waiting'; attempt: number; waitedMs: number; limitMs: number; error: string }
  | { kind: 'back'; waitedMs: number }
  | { kind: 'gave-up'; waitedMs: number; error: string };

export class DatabaseGoneError extends Error {
  override readonly name = 'DatabaseGoneError';
  constructor(readonly waitedMs: number, readonly lastError: string) {
    super(`Neo4j did not answer for ${Math.round(waitedMs / 1000)} s (last error: ${lastError})`);
  }
}

export interface OutageOptions {
  database?: string;
  limitMs: number;
  probeMs: number;
  onEvent?: (event: OutageEvent) => void;
}

/** The driver's connection errors open with a paragraph of advice; the cause at the end is the news. */
const oneLine = (e: unknown) => {
  const message = (e instanceof Error ? e.message : String(e)).split('\n')[0]!;
  const cause = /Caused by: (.*)$/.exec(message)?.[1];
  return cause ? `cannot connect: ${cause}` : message;
};
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export class OutageGate {
  private since: number | null = null;
  private probing: Promise<void> | null = null;
  private gone: DatabaseGoneError | null = null;

  constructor(private readonly driver: Driver, private readonly options: OutageOptions) {}

  /** The error that ended the load, once the gate has given up. */
  get gaveUp(): DatabaseGoneError | null {
    return this.gone;
  }

  /** A transaction committed: any outage is over. */
  healthy(): void {
    if (!this.probing) this.since = null;
  }

  /**
   * Resolves when Neo4j answers again (the caller then retries); rejects with DatabaseGoneError once
   * the outage has lasted `limitMs`. Every worker that hits the outage waits on the same probe.
   */
  recover(error: unknown): Promise<void> {
    if (this.gone) return Promise.reject(this.gone);
    if (this.since === null) {
      this.since = Date.now();
      this.options.onEvent?.({ kind: 'lost', error: oneLine(error) });
    }
    this.probing ??= this.probe(this.since, oneLine(error)).finally(() => {
      this.probing = null;
    });
    return this.probing;
  }

  private async probe(since: number, firstError: string): Promise<void> {
    const { limitMs, probeMs, onEvent } = this.options;
    let last = firstError;
    for (let attempt = 1; ; attempt++) {
      const waited = Date.now() - since;
      if (waited >= limitMs) {
        this.gone = new DatabaseGoneError(waited, last);
        onEvent?.({ kind: 'gave-up', waitedMs: waited, error: last });
        throw this.gone;
      }
      try {
        await this.ping(Math.max(500, Math.min(5000, limitMs - waited)));
        onEvent?.({ kind: 'back', waitedMs: Date.now() - since });
        return;
      } catch (e) {
        last = oneLine(e);
        onEvent?.({ kind: 'waiting', attempt, waitedMs: Date.now() - since, limitMs, error: last });
      }
      await sleep(Math.min(probeMs, Math.max(0, limitMs - (Date.now() - since))));
    }
  }

  /** `RETURN 1` through a writer (in a cluster, a leader must be there), within `timeoutMs`. */
  private async ping(timeoutMs: number): Promise<void> {
    const session = this.driver.session({ database: this.options.database, defaultAccessMode: neo4j.session.WRITE });
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
    });
    try {
      await Promise.race([session.run('RETURN 1').then(() => undefined), timeout]);
    } finally {
      clearTimeout(timer);
      void session.close().catch(() => {});
    }
  }
}
