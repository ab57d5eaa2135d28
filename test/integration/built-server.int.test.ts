/**
 * The server as `npm start` runs it: JavaScript built into dist/ (not tsx), over a `neo4j://` URI
 * (the routing driver a cluster or Aura needs) to the test Neo4j — loading the seeds and answering.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDriver, resetGraph, testNeo4jUri } from '../support/neo4j.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const routingUri = testNeo4jUri().replace(/^bolt(\+s|\+ssc)?:/, 'neo4j$1:');

let raw: Driver;
let child: ChildProcess;
let base = '';
let output = '';

const freePort = () => new Promise<number>((resolve, reject) => {
  const probe = createServer().once('error', reject).listen(0, '127.0.0.1', () => {
    const { port } = probe.address() as { port: number };
    probe.close(() => resolve(port));
  });
});

async function waitUntilReady(limitMs: number): Promise<void> {
  const until = Date.now() + limitMs;
  while (Date.now() < until) {
    if (child.exitCode !== null) throw new Error(`the server exited (${child.exitCode}):\n${output}`);
    const ready = await fetch(`${base}/ready`).then((r) => r.ok, () => false);
    // /ready answers before the seeds are in: wait for the line that says the API listens.
    if (ready && output.includes('GraphQL at')) return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`the server was not ready within ${limitMs} ms:\n${output}`);
}

beforeAll(async () => {
  execFileSync(process.execPath, ['scripts/build-if-stale.mjs'], { cwd: root, stdio: 'pipe', timeout: 170_000 });
  raw = createTestDriver();
  await resetGraph(raw);
  const port = await freePort();
  base = `http://127.0.0.1:${port}`;
  child = spawn(process.execPath, ['dist/cli/serve.js', '--load-seeds'], {
    cwd: root,
    env: { ...process.env, NEO4J_URI: routingUri, HOST: '127.0.0.1', PORT: String(port), LOG_LEVEL: 'info', API_TOKEN: '', API_TOKENS: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  await waitUntilReady(150_000);
}, 180_000);

afterAll(async () => {
  if (child && child.exitCode === null) {
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    await exited;
  }
  await raw?.close();
});

const gql = async (query: string) => {
  const res = await fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
  const body = (await res.json()) as { data?: Record<string, any>; errors?: unknown[] }; // eslint-disable-line @typescript-eslint/no-explicit-any
  expect(body.errors).toBeUndefined();
  return body.data!;
};

describe('the built server over neo4j://', () => {
  it('runs compiled JavaScript from dist/ and connects through the routing URI', () => {
    expect(routingUri).toMatch(/^neo4j(\+s|\+ssc)?:\/\//);
    expect(child.spawnargs).toContain('dist/cli/serve.js');
    expect(output).toContain(`(Neo4j ${routingUri})`);
    expect(output).toMatch(/seeds: [1-9]\d* loaded/);
  });

  it('answers relationship questions on the seeds it loaded', async () => {
    const { articles, actor } = await gql('{ articles(first: 50) { edges { node { title } } } actor(id: "nvidia") { name partners(first: 20) { edges { node { id } } } } }');
    const seedFiles = readdirSync(new URL('../../seeds/articles/', import.meta.url)).filter((f) => /\.(txt|md)$/.test(f));
    expect(articles.edges).toHaveLength(seedFiles.length);
    expect(actor.name).toMatch(/nvidia/i);
    expect(actor.partners.edges.length).toBeGreaterThan(0);
  });
});
