/**
 * GraphiQL in a real headless Chromium with the internet blocked: the page renders from bundled
 * assets only, runs its default query against the seed graph, and shows the results.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import type { Driver } from 'neo4j-driver';
import { loadConfig } from '../../src/config.ts';
import { ensureSeedsLoaded } from '../../src/graph/load/ensure-seeds.ts';
import { buildApp } from '../../src/http/build-app.ts';
import { DEFAULT_GRAPHIQL_QUERY } from '../../src/http/default-query.ts';
import { openOfflineBrowser, type OfflineBrowser } from '../support/browser.ts';
import { createTestDriver, resetGraph } from '../support/neo4j.ts';

const artifacts = path.resolve(import.meta.dirname, '../../test-artifacts');
let driver: Driver;
let app: FastifyInstance;
let browser: OfflineBrowser;
let base: string;

beforeAll(async () => {
  driver = createTestDriver();
  await resetGraph(driver);
  await ensureSeedsLoaded(driver);
  app = await buildApp({ config: loadConfig({ QUERY_TIMEOUT_MS: '30000' }), graph: { driver, database: undefined }, logger: false });
  base = await app.listen({ host: '127.0.0.1', port: 0 });
  browser = await openOfflineBrowser();
});

afterAll(async () => {
  await browser?.close();
  await app?.close();
  await driver?.close();
});

describe('GraphiQL at /graphql, offline', () => {
  it('renders from bundled assets, runs the default query and shows the seed graph', async () => {
    const page = await browser.context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${base}/graphql`, { waitUntil: 'load' });

    const run = page.locator('.graphiql-execute-button');
    await run.waitFor({ state: 'visible', timeout: 30_000 });
    // The editor renders spaces as non-breaking ones.
    const editorText = (await page.locator('.graphiql-query-editor').innerText()).replace(/\u00a0/g, ' ');
    expect(editorText).toContain('query Showcase');

    const answered = page.waitForResponse((r) => r.url().endsWith('/graphql') && r.request().method() === 'POST', { timeout: 60_000 });
    await run.click();
    const body = (await (await answered).json()) as { data?: { chipPledges?: { totalCount: number }; samsung?: { name: string } | null }; errors?: unknown[] };
    expect(body.errors).toBeUndefined();
    // What the page got is what the API answers to the same default query from anyone else.
    const direct = await app.inject({ method: 'POST', url: '/graphql', payload: { query: DEFAULT_GRAPHIQL_QUERY } });
    expect(body.data).toEqual((direct.json() as { data: unknown }).data);
    expect(body.data?.chipPledges?.totalCount).toBeGreaterThan(0);

    // And it is on screen: the response panel (a virtualised editor: only its top lines are in the DOM).
    const shown = page.locator('.graphiql-response');
    await expect.poll(async () => (await shown.innerText()).replace(/\u00a0/g, ' '), { timeout: 30_000 }).toContain('"samsung"');
    if (body.data?.samsung) expect((await shown.innerText()).replace(/\u00a0/g, ' ')).toContain(body.data.samsung.name);

    await mkdir(artifacts, { recursive: true });
    await page.screenshot({ path: path.join(artifacts, 'graphiql.png') });
    expect(browser.blocked).toEqual([]);
    expect(errors).toEqual([]);
  }, 120_000);
});
