/**
 * A write transaction with retries, like `session.executeWrite`, but with short jittered waits:
 * executeWrite waits 1 s before its first retry, and many small parallel transactions meeting on hub
 * nodes (Việt Nam, Samsung…) deadlock now and then — a second's pause each time would dominate a load.
 * An unreachable server is not retried here: the caller waits for it (and says so), see outage.ts.
 */
import neo4j, { type Session, type Transaction } from 'neo4j-driver';
import { isUnavailableError } from '../unavailable.ts';

const MAX_RETRY_MS = 30_000;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function writeTransaction<T>(session: Session, work: (tx: Transaction) => Promise<T>, onRetry?: (error: unknown) => void): Promise<T> {
  const deadline = Date.now() + MAX_RETRY_MS;
  for (let attempt = 1; ; attempt++) {
    const tx = session.beginTransaction();
    try {
      const result = await work(tx);
      await tx.commit();
      return result;
    } catch (e) {
      if (tx.isOpen()) await tx.rollback().catch(() => {});
      if (!neo4j.isRetryableError(e) || isUnavailableError(e) || Date.now() > deadline) throw e;
      onRetry?.(e);
      await sleep(Math.random() * Math.min(25 * 2 ** attempt, 1000));
    }
  }
}
