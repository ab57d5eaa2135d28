import type { Driver } from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { DatabaseGoneError, OutageGate, type OutageEvent } from './outage.ts';

/** A driver whose `RETURN 1` fails until `upAfter` pings have been made (never, when null). */
function fakeDriver(upAfter: number | null) {
  let pings = 0;
  const driver = {
    session: () => ({
      run: () => {
        pings++;
        return upAfter !== null && pings > upAfter ? Promise.resolve({}) : Promise.reject(new Error('connect ECONNREFUSED 127.0.0.1:1'));
      },
      close: () => Promise.resolve(),
    }),
  } as unknown as Driver;
  return { driver, pings: () => pings };
}

describe('OutageGate', () => {
  it('says the database went away at once, reports each probe, and lets every waiting worker resume together', async () => {
    const { driver, pings } = fakeDriver(3);
    const events: OutageEvent[] = [];
    const gate = new OutageGate(driver, { limitMs: 10_000, probeMs: 5, onEvent: (e) => events.push(e) });
    await Promise.all([gate.recover(new Error('Connection was closed by server')), gate.recover(new Error('same outage'))]);
    expect(events.map((e) => e.kind)).toEqual(['lost', 'waiting', 'waiting', 'waiting', 'back']);
    expect(events[0]).toEqual({ kind: 'lost', error: 'Connection was closed by server' });
    expect(pings()).toBe(4);
    expect(gate.gaveUp).toBeNull();
  });

  it('gives up after the limit, and every later call fails at once with the same error', async () => {
    const { driver } = fakeDriver(null);
    const events: OutageEvent[] = [];
    const gate = new OutageGate(driver, { limitMs: 60, probeMs: 10, onEvent: (e) => events.push(e) });
    const started = Date.now();
    await expect(gate.recover(new Error('gone'))).rejects.toBeInstanceOf(DatabaseGoneError);
    expect(Date.now() - started).toBeLessThan(1000);
    expect(events.at(-1)).toMatchObject({ kind: 'gave-up', error: 'connect ECONNREFUSED 127.0.0.1:1' });
    await expect(gate.recover(new Error('again'))).rejects.toBe(gate.gaveUp);
  });

  it('an outage lasts until a transaction commits: answering the probe is not enough', async () => {
    const { driver } = fakeDriver(0);
    const events: OutageEvent[] = [];
    const gate = new OutageGate(driver, { limitMs: 10_000, probeMs: 5, onEvent: (e) => events.push(e) });
    await gate.recover(new Error('first'));
    await gate.recover(new Error('second'));
    expect(events.filter((e) => e.kind === 'lost')).toHaveLength(1);
    gate.healthy();
    await gate.recover(new Error('third'));
    expect(events.filter((e) => e.kind === 'lost')).toHaveLength(2);
  });

  it('shortens the driver\'s connection advice to its cause', async () => {
    const { driver } = fakeDriver(0);
    const events: OutageEvent[] = [];
    const gate = new OutageGate(driver, { limitMs: 10_000, probeMs: 5, onEvent: (e) => events.push(e) });
    await gate.recover(new Error('Failed to connect to server. Please ensure … Caused by: connect ECONNREFUSED 127.0.0.1:7724'));
    expect(events[0]).toEqual({ kind: 'lost', error: 'cannot connect: connect ECONNREFUSED 127.0.0.1:7724' });
  });
});
