/**
 * End to end in a real browser: Debian's headless Chromium (playwright-core) opens /explore on the
 * seed graph with every non-localhost request blocked, draws it, searches, clicks, shows evidence, and
 * reviews relations and pledges (from an actor's panel and from a clicked link) with a token.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import type { Driver } from 'neo4j-driver';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { loadConfig } from '../../src/config.ts';
import { buildApp } from '../../src/http/build-app.ts';
import { buildExplorer, isExplorerBuilt } from '../../web/explorer/build.ts';
import { createTestDriver, resetGraph } from '../support/neo4j.ts';
import { loadSeedGraph } from './export-seed-graph.ts';

const artifacts = path.resolve(import.meta.dirname, '../../test-artifacts');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const isLocal = (url: string) => {
  const u = new URL(url);
  return ['data:', 'blob:', 'about:'].includes(u.protocol) || ['127.0.0.1', 'localhost', '[::1]'].includes(u.hostname);
};

const EDITOR_TOKEN = 'explorer-token-1';
let driver: Driver;
let app: FastifyInstance;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let base: string;
const blocked: string[] = [];
const pageErrors: string[] = [];

/** Actors at the ends of actor-to-actor relations and pledges: what network() can draw. */
async function drawableActors(): Promise<Set<string>> {
  const { records } = await driver.executeQuery(`
    MATCH (a:Actor)-[r]->(b:Actor) RETURN a.id AS a, b.id AS b
    UNION MATCH (a:Actor)-[:MADE]->(:Pledge)-[:TO]->(b:Actor) RETURN a.id AS a, b.id AS b`);
  return new Set(records.flatMap((r) => [r.get('a') as string, r.get('b') as string]));
}

/** Every quote that supports a relation or pledge touching the actor. */
async function quotesAbout(actorId: string): Promise<string[]> {
  const { records } = await driver.executeQuery(`
    MATCH (a:Actor {id: $id})-[r]-(:Actor) MATCH (e:Evidence {factKey: r.key}) RETURN e.quote AS quote
    UNION MATCH (a:Actor {id: $id})-[:MADE|TO]-(p:Pledge) MATCH (e:Evidence {factKey: 'pledge:' + p.id}) RETURN e.quote AS quote`, { id: actorId });
  return records.map((r) => r.get('quote') as string);
}

async function viewport(key: string): Promise<{ x: number; y: number }> {
  const pos = await page.evaluate((k) => (window as unknown as { __explorer: { viewportPosition(k: string): { x: number; y: number } | null } }).__explorer.viewportPosition(k), key);
  expect(pos, `${key} is drawn`).not.toBeNull();
  return pos!;
}

async function clickActor(key: string): Promise<void> {
  const pos = await viewport(key);
  const box = await page.locator('#graph').boundingBox();
  await page.mouse.move(box!.x + pos.x, box!.y + pos.y);
  await page.mouse.click(box!.x + pos.x, box!.y + pos.y);
}

beforeAll(async () => {
  driver = createTestDriver();
  await resetGraph(driver);
  await loadSeedGraph(driver);
  // Always rebuilt (esbuild takes a second or two), so the test drives the current page source.
  await buildExplorer();
  expect(await isExplorerBuilt()).toBe(true);
  const config = loadConfig({ NEO4J_URI: 'bolt://unused:7687', LOG_LEVEL: 'silent', QUERY_TIMEOUT_MS: '60000', API_TOKENS: `tester:${EDITOR_TOKEN}` });
  app = await buildApp({ config, graph: { driver, database: undefined }, logger: false });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const address = app.server.address();
  base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--enable-unsafe-swiftshader', '--use-angle=swiftshader'],
  });
  context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  await context.route('**/*', (r) => {
    if (isLocal(r.request().url())) return r.continue();
    blocked.push(r.request().url());
    return r.abort();
  });
  page = await context.newPage();
  page.on('pageerror', (e) => pageErrors.push(e.message));
  await mkdir(artifacts, { recursive: true });
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await app?.close();
  await driver?.close();
});

describe('the explorer page', () => {
  it('loads with only local requests and draws every actor of the seed network', async () => {
    await page.goto(`${base}/explore`);
    await page.waitForSelector('#graph[data-state="drawn"]');
    const actors = await drawableActors();
    expect(actors.size).toBeGreaterThan(5);
    expect(Number(await page.getAttribute('#graph', 'data-nodes'))).toBe(Math.min(actors.size, 500));
    expect(await page.locator('#graph canvas').count()).toBeGreaterThan(0);
    expect(await page.textContent('#status')).toMatch(/actors and \d+ links drawn/);
    expect(await page.locator('#legend .sw').count()).toBeGreaterThan(1);
    expect(blocked).toEqual([]);
    expect(pageErrors).toEqual([]);
  });

  it('a search for "hoa lac" focuses NIC Hòa Lạc and shows its evidence', async () => {
    await page.fill('#search-text', 'hoa lac');
    await page.press('#search-text', 'Enter');
    await page.waitForSelector('#graph[data-focused="nic-hoa-lac"]');
    await page.waitForSelector('#details[data-state="actor"]');
    expect(await page.textContent('#details-title')).toBe('NIC Hòa Lạc');
    const quotes = await quotesAbout('nic-hoa-lac');
    expect(quotes.length).toBeGreaterThan(0);
    const shown = await page.locator('#details .evidence-quote').allTextContents();
    expect(shown.some((s) => quotes.some((q) => s.includes(q)))).toBe(true);
    await page.screenshot({ path: path.join(artifacts, 'explorer-search-nic-hoa-lac.png') });
  });

  it('clicking an actor in the drawing shows its relations with quotes and article titles', async () => {
    // A neighbour of the focused NIC Hòa Lạc: on screen after the search zoomed in on it.
    const { records: nb } = await driver.executeQuery("MATCH (:Actor {id: 'nic-hoa-lac'})-[]-(b:Actor) RETURN b.id AS id ORDER BY id LIMIT 1");
    expect(nb.length).toBe(1);
    const target = nb[0]!.get('id') as string;
    await clickActor(target);
    await page.waitForSelector(`#details-title[data-key="${target}"]`);
    await page.waitForSelector('#details[data-state="actor"]');
    const quotes = await quotesAbout(target);
    const shown = await page.locator('#details .evidence-quote').allTextContents();
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.some((s) => quotes.some((q) => s.includes(q)))).toBe(true);
    const titles = await page.locator('#details .article-title').allTextContents();
    const { records } = await driver.executeQuery('MATCH (a:Article) RETURN collect(a.title) AS titles');
    const known = records[0]!.get('titles') as string[];
    expect(titles.length).toBeGreaterThan(0);
    expect(titles.every((t) => known.includes(t))).toBe(true);
    await page.screenshot({ path: path.join(artifacts, `explorer-click-${target}.png`) });
  });

  it('clicking a link shows the facts between its two actors, with quotes', async () => {
    const { records } = await driver.executeQuery("MATCH (:Actor {id: 'nic-hoa-lac'})-[r]-(b:Actor) RETURN b.id AS id, r.key AS key ORDER BY id LIMIT 1");
    const other = records[0]!.get('id') as string;
    const { records: ev } = await driver.executeQuery('MATCH (e:Evidence {factKey: $key}) RETURN e.quote AS quote', { key: records[0]!.get('key') });
    const a = await viewport('nic-hoa-lac');
    const b = await viewport(other);
    const box = await page.locator('#graph').boundingBox();
    // A point on the line between the two, away from both discs.
    const [x, y] = [box!.x + a.x + (b.x - a.x) * 0.5, box!.y + a.y + (b.y - a.y) * 0.5];
    // As a person does: the pointer comes over the link (sigma picks the hovered edge), then clicks.
    await page.mouse.move(x - 2, y - 2);
    await page.mouse.move(x, y);
    await page.mouse.click(x, y);
    await page.waitForSelector('#details[data-state="link"]');
    const title = await page.getAttribute('#details-title', 'data-key');
    expect(title?.split('|').sort()).toEqual(['nic-hoa-lac', other].sort());
    const shown = await page.locator('#details .evidence-quote').allTextContents();
    expect(shown.some((s) => ev.some((r) => s.includes(r.get('quote') as string)))).toBe(true);
  });

  it('the relation-type filter redraws only pledges, and the export links follow it', async () => {
    for (const box of await page.locator('#types input[name=type]').all()) {
      if ((await box.getAttribute('value')) !== 'PLEDGE') await box.uncheck();
    }
    await page.click('#filters button[type=submit]');
    await page.waitForSelector('#graph[data-state="drawn"]');
    const { records } = await driver.executeQuery('MATCH (a:Actor)-[:MADE]->(:Pledge)-[:TO]->(b:Actor) RETURN collect(DISTINCT a.id) + collect(DISTINCT b.id) AS ends');
    const ends = new Set(records[0]!.get('ends') as string[]);
    expect(Number(await page.getAttribute('#graph', 'data-nodes'))).toBe(ends.size);
    expect(await page.getAttribute('#export-links a[download="network.gexf"]', 'href')).toBe('/export/network.gexf?types=PLEDGE');
    await page.screenshot({ path: path.join(artifacts, 'explorer-pledges-only.png') });
  });

  it('finds a path between two actors', async () => {
    await page.fill('#path input[name=from]', 'Nvidia');
    await page.fill('#path input[name=to]', 'NIC Hòa Lạc');
    await page.click('#path button[type=submit]');
    await page.waitForSelector('#details[data-state="path"]');
    const { records } = await driver.executeQuery(
      "MATCH (a:Actor {id: 'nvidia'}), (b:Actor {id: 'nic-hoa-lac'}) OPTIONAL MATCH p = shortestPath((a)-[:INVESTS_IN|TRAINS|VISITS|MEETS|PARTNERS_WITH|HOLDS_ROLE|SUBSIDIARY_OF|PART_OF|LOCATED_IN|OPERATES*..4]-(b)) RETURN length(p) AS hops");
    const hops = records[0]!.get('hops');
    const title = await page.textContent('#details-title');
    if (hops === null) expect(title).toBe('No path');
    else expect(title).toContain(`(${Number(hops)} hops)`);
    expect(pageErrors).toEqual([]);
  });
});

describe('reviewing facts in the explorer', () => {
  const review = async (key: string) => (await driver.executeQuery('MATCH ()-[r]->() WHERE r.key = $key RETURN r.review AS review, COLLECT { MATCH (d:Decision {id: r.decision}) RETURN d.editor }[0] AS editor', { key })).records[0]?.toObject();

  it('offers no review buttons without a token', async () => {
    for (const box of await page.locator('#types input[name=type]').all()) await box.check();
    await page.click('#filters button[type=submit]');
    await page.waitForSelector('#graph[data-state="drawn"]');
    // C4IR HCMC: the seed actor with the most relations.
    await page.fill('#search-text', 'c4ir');
    await page.press('#search-text', 'Enter');
    await page.waitForSelector('#details-title[data-key="c4ir-hcmc"]');
    await page.waitForSelector('#details[data-state="actor"]');
    expect(await page.locator('#details .fact').count()).toBeGreaterThan(1);
    expect(await page.locator('#details .decide').count()).toBe(0);
  });

  it('with a token entered (kept in memory only), confirms and rejects facts, shows them reviewed, and the graph records the editor', async () => {
    await page.fill('#token', EDITOR_TOKEN);
    await page.click('#editor button[type=submit]');
    await page.waitForSelector('#details .decide-confirm');
    expect(await page.inputValue('#token')).toBe('');
    expect(await page.evaluate(() => JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }) + document.cookie)).not.toContain(EDITOR_TOKEN);
    const keys = await page.locator('#details .fact.relation[data-status="EXTRACTED"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-key')!));
    expect(keys.length).toBeGreaterThanOrEqual(2);
    const [confirmKey, rejectKey] = keys as [string, string];

    await page.fill('#review-reason', 'checked against the article');
    await page.click(`#details .fact.relation[data-key="${confirmKey}"] .decide-confirm`);
    await page.waitForSelector(`#details .fact.relation[data-key="${confirmKey}"][data-status="CONFIRMED"]`);
    expect(await page.textContent(`#details .fact.relation[data-key="${confirmKey}"] .review-badge`)).toContain('confirmed by tester: “checked against the article”');
    expect(await review(confirmKey)).toEqual({ review: 'CONFIRMED', editor: 'tester' });

    await page.fill('#review-reason', '');
    await page.click(`#details .fact.relation[data-key="${rejectKey}"] .decide-reject`);
    await page.waitForSelector(`#details .fact.relation.review-rejected[data-key="${rejectKey}"][data-status="REJECTED"]`);
    expect(await review(rejectKey)).toEqual({ review: 'REJECTED', editor: 'tester' });
    // The drawing is fetched again without it.
    await page.waitForSelector('#graph[data-state="drawn"]');
    await page.screenshot({ path: path.join(artifacts, 'explorer-review.png') });

    // Without the token the page only views: the rejected fact is left out, the confirmed one is marked.
    await page.click('#token-forget');
    await page.waitForSelector(`#details .fact.relation[data-key="${rejectKey}"]`, { state: 'detached' });
    await page.waitForSelector(`#details .fact.relation.review-confirmed[data-key="${confirmKey}"]`);
    expect(await page.locator('#details .decide').count()).toBe(0);
    expect(pageErrors).toEqual([]);
    expect(blocked).toEqual([]);
  });

  const pledgeReview = async (id: string) => (await driver.executeQuery(
    'MATCH (p:Pledge {id: $id}) RETURN p.review AS review, COLLECT { MATCH (d:Decision {id: p.decision}) RETURN d {.editor, .reason} }[0] AS decision', { id })).records[0]?.toObject();

  it('confirms and rejects pledges of an actor, and the graph records them with the editor', async () => {
    await page.fill('#token', EDITOR_TOKEN);
    await page.click('#editor button[type=submit]');
    // C4IR HCMC: three pledges in the seeds.
    await page.fill('#search-text', 'c4ir');
    await page.press('#search-text', 'Enter');
    await page.waitForSelector('#details-title[data-key="c4ir-hcmc"]');
    await page.waitForSelector('#details .fact.pledge .decide-confirm');
    const facts = await page.locator('#details .fact.pledge[data-status="EXTRACTED"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-fact')!));
    const { records } = await driver.executeQuery("MATCH (:Actor {id: 'c4ir-hcmc'})-[:MADE]->(p:Pledge) RETURN collect('pledge:' + p.id) AS keys");
    expect([...facts].sort()).toEqual([...(records[0]!.get('keys') as string[])].sort());
    expect(facts.length).toBeGreaterThanOrEqual(2);
    const [confirmFact, rejectFact] = facts as [string, string];

    await page.fill('#review-reason', 'the article gives the figure');
    await page.click(`#details .fact.pledge[data-fact="${confirmFact}"] .decide-confirm`);
    await page.waitForSelector(`#details .fact.pledge.review-confirmed[data-fact="${confirmFact}"][data-status="CONFIRMED"]`);
    expect(await page.textContent(`#details .fact.pledge[data-fact="${confirmFact}"] .review-badge`)).toContain('confirmed by tester: “the article gives the figure”');
    expect(await pledgeReview(confirmFact.slice(7))).toEqual({ review: 'CONFIRMED', decision: { editor: 'tester', reason: 'the article gives the figure' } });

    await page.fill('#review-reason', 'an aim, not a pledge');
    await page.click(`#details .fact.pledge[data-fact="${rejectFact}"] .decide-reject`);
    // Still shown while editing (struck through), with no Reject button left.
    await page.waitForSelector(`#details .fact.pledge.review-rejected[data-fact="${rejectFact}"][data-status="REJECTED"]`);
    expect(await page.locator(`#details .fact.pledge[data-fact="${rejectFact}"] .decide-reject`).count()).toBe(0);
    expect(await pledgeReview(rejectFact.slice(7))).toEqual({ review: 'REJECTED', decision: { editor: 'tester', reason: 'an aim, not a pledge' } });
    await page.waitForSelector('#graph[data-state="drawn"]');
    expect(pageErrors).toEqual([]);
  });

  it('reviews the facts of a clicked link: its relation and its pledge, recorded with the editor', async () => {
    const { records } = await driver.executeQuery("MATCH (:Actor {id: 'hyosung'})-[:MADE]->(p:Pledge)-[:TO]->(b:Actor) RETURN p.id AS id, b.id AS to");
    expect(records.length, 'hyosung makes one pledge in the seeds').toBe(1);
    const pledgeId = records[0]!.get('id') as string;
    const other = records[0]!.get('to') as string;
    const { records: rels } = await driver.executeQuery("MATCH (:Actor {id: 'hyosung'})-[r]-(:Actor {id: $other}) RETURN r.key AS key", { other });
    expect(rels.length, `hyosung and ${other} have a relation besides the pledge`).toBeGreaterThan(0);
    const relationKey = rels[0]!.get('key') as string;

    await page.fill('#search-text', 'hyosung');
    await page.press('#search-text', 'Enter');
    await page.waitForSelector('#graph[data-focused="hyosung"]');
    await page.waitForSelector('#details-title[data-key="hyosung"]');
    const a = await viewport('hyosung');
    const b = await viewport(other);
    const box = await page.locator('#graph').boundingBox();
    // On the link, clear of the focused disc, and on screen even when the other end is not.
    const t = Math.min(0.5, 60 / Math.hypot(b.x - a.x, b.y - a.y));
    const [x, y] = [box!.x + a.x + (b.x - a.x) * t, box!.y + a.y + (b.y - a.y) * t];
    await page.mouse.move(x - 2, y - 2);
    await page.mouse.move(x, y);
    await page.mouse.click(x, y);
    await page.waitForSelector('#details[data-state="link"]');
    expect((await page.getAttribute('#details-title', 'data-key'))?.split('|').sort()).toEqual(['hyosung', other].sort());
    await page.waitForSelector(`#details .fact.pledge[data-fact="pledge:${pledgeId}"] .decide-reject`);

    await page.fill('#review-reason', 'seen in the article');
    await page.click(`#details .fact.relation[data-key="${relationKey}"] .decide-confirm`);
    await page.waitForSelector(`#details .fact.relation[data-key="${relationKey}"][data-status="CONFIRMED"]`);
    expect(await review(relationKey)).toEqual({ review: 'CONFIRMED', editor: 'tester' });

    await page.fill('#review-reason', 'not a firm pledge');
    await page.click(`#details .fact.pledge[data-fact="pledge:${pledgeId}"] .decide-reject`);
    await page.waitForSelector(`#details .fact.pledge.review-rejected[data-fact="pledge:${pledgeId}"][data-status="REJECTED"]`);
    // The panel still shows the link (refreshed in place), not the actor.
    expect(await page.getAttribute('#details', 'data-state')).toBe('link');
    expect(await pledgeReview(pledgeId)).toEqual({ review: 'REJECTED', decision: { editor: 'tester', reason: 'not a firm pledge' } });
    await page.screenshot({ path: path.join(artifacts, 'explorer-review-link.png') });
    expect(pageErrors).toEqual([]);
    expect(blocked).toEqual([]);
  });
});
