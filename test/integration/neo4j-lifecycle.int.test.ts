import { afterAll, describe, expect, it } from 'vitest';
import { existsSync, rmSync } from 'node:fs';
import neo4j from 'neo4j-driver';
import { localNeo4jStatus, pingNeo4j, startLocalNeo4j, stopLocalNeo4j } from '../../src/local-neo4j/local-server.ts';
import { instancePaths } from '../../src/local-neo4j/paths.ts';

// Its own instance and port, so it can stop and restart without disturbing the shared test server.
const cfg = { instance: 'test-lifecycle', port: Number(process.env.LOCAL_NEO4J_LIFECYCLE_PORT ?? 7699), heap: '512m', pageCache: '64m' };

describe('local Neo4j lifecycle', () => {
  afterAll(async () => {
    await stopLocalNeo4j(cfg);
    rmSync(instancePaths(cfg.instance).home, { recursive: true, force: true });
  });

  it('starts, answers queries, stops, and restarts on its existing data folder', async () => {
    rmSync(instancePaths(cfg.instance).home, { recursive: true, force: true });
    const first = await startLocalNeo4j(cfg, { log: () => {} });
    expect(first.owned).toBe(true);
    expect(localNeo4jStatus(cfg)).toMatchObject({ running: true, pid: first.pid });

    const driver = neo4j.driver(first.uri);
    await driver.executeQuery("CREATE (:Probe {name: 'kept across restarts'})");
    await driver.close();

    // A second start while it runs reuses the server instead of starting another JVM.
    const again = await startLocalNeo4j(cfg, { log: () => {} });
    expect(again).toMatchObject({ owned: false, pid: first.pid });

    await first.stop();
    expect(localNeo4jStatus(cfg).running).toBe(false);
    expect(await pingNeo4j(first.uri)).toBe(false);
    expect(existsSync(instancePaths(cfg.instance).data)).toBe(true);

    const second = await startLocalNeo4j(cfg, { log: () => {} });
    expect(second.pid).not.toBe(first.pid);
    const d2 = neo4j.driver(second.uri);
    const { records } = await d2.executeQuery('MATCH (p:Probe) RETURN p.name AS name');
    await d2.close();
    expect(records.map((r) => r.get('name'))).toEqual(['kept across restarts']);
    await second.stop();
  }, 300_000);
});
