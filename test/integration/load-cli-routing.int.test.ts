/**
 * `npm run load` as a user runs it (a child process, NEO4J_URI set) over a `neo4j://` URI — the
 * routing driver a cluster or Aura needs — against the test Neo4j: it builds the same graph as the
 * same load over `bolt://`, and a second run finds everything unchanged.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dumpGraph, ids } from '../fixtures/claims/load-helpers.ts';
import { countGraph, createTestDriver, resetGraph, testNeo4jUri } from '../support/neo4j.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const boltUri = testNeo4jUri();
const routingUri = boltUri.replace(/^bolt(\+s|\+ssc)?:/, 'neo4j$1:');
// Three seed articles: 003 is Nvidia's, the others Korean investment (a manifest sits beside them).
const files = ['000_c199190280fd8287.txt', '002_fdba76f455c76230.txt', '003_acf5a3b59b7c797d.txt'].map((f) => join(root, 'seeds/articles', f));

let driver: Driver;
beforeAll(() => {
  driver = createTestDriver();
});
afterAll(async () => {
  await driver.close();
});

function load(uri: string): Promise<{ code: number; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/load.ts', ...files], {
    cwd: root,
    env: { ...process.env, NEO4J_URI: uri },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (b: Buffer) => (stdout += b.toString()));
  child.stderr.on('data', (b: Buffer) => (stderr += b.toString()));
  return new Promise((resolve) => child.on('exit', (code) => resolve({ code: code ?? -1, stdout, stderr })));
}

/** The graph with each Article's loadedAt left out: the one property two separate loads differ in. */
async function snapshot() {
  const { nodes, relationships } = await dumpGraph(driver);
  const withoutLoadedAt = nodes.map((n) => {
    const [labels, props] = JSON.parse(n) as [string[], Record<string, unknown>];
    delete props.loadedAt;
    return JSON.stringify([labels, props]);
  });
  return { counts: await countGraph(driver), nodes: withoutLoadedAt.sort(), relationships };
}

describe('npm run load over neo4j://', () => {
  it('builds the same graph as over bolt://, and a second run changes nothing', async () => {
    expect(routingUri).toMatch(/^neo4j(\+s|\+ssc)?:\/\//);

    await resetGraph(driver);
    const overBolt = await load(boltUri);
    expect(overBolt.code, overBolt.stderr).toBe(0);
    const viaBolt = await snapshot();

    await resetGraph(driver);
    const overRouting = await load(routingUri);
    expect(overRouting.code, overRouting.stderr).toBe(0);
    expect(overRouting.stdout).toMatch(/^articles: 3 loaded, 0 unchanged, 0 failed/);
    expect(await ids(driver, 'Article')).toHaveLength(3);
    expect(await ids(driver, 'Actor')).toContain('nvidia');
    const viaRouting = await snapshot();
    expect(viaRouting.counts.nodes).toBeGreaterThan(0);
    expect(viaRouting).toEqual(viaBolt);

    const again = await load(routingUri);
    expect(again.code, again.stderr).toBe(0);
    expect(again.stdout).toMatch(/^articles: 0 loaded, 3 unchanged, 0 failed/);
    expect(await snapshot()).toEqual(viaRouting);
  }, 240_000);
});
