import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeFixtureApi, ok, openFixtureApi, type TestApi } from './api-app.ts';
import { SYNTHETIC_COUNT } from './api-fixture.ts';

let driver: Driver;
let api: TestApi;
let queries = 0;

beforeAll(async () => {
  ({ driver, api } = await openFixtureApi({ maxPageSize: 50, onCypher: () => { queries += 1; } }));
});

afterAll(() => closeFixtureApi(driver, api));

interface PageOf { edges: Array<{ cursor: string; node: Record<string, unknown> }>; pageInfo: { hasNextPage: boolean; endCursor: string | null } }

/** Walks a connection page by page and returns every node key, in order. */
async function walk(query: string, pick: (data: Record<string, unknown>) => PageOf, size: number, key: (node: Record<string, unknown>) => string) {
  const seen: string[] = [];
  let after: string | null = null;
  for (let guard = 0; guard < 100; guard++) {
    const page = pick(ok(await api.gql(query, { first: size, after })));
    expect(page.edges.length).toBeLessThanOrEqual(size);
    seen.push(...page.edges.map((e) => key(e.node)));
    if (!page.pageInfo.hasNextPage) return seen;
    expect(page.edges).toHaveLength(size);
    after = page.pageInfo.endCursor;
  }
  throw new Error('paging did not end');
}

describe('keyset pagination', () => {
  it('pages through actors with no duplicates and no gaps', async () => {
    const q = 'query($first: Int, $after: String) { actors(first: $first, after: $after) { edges { cursor node { key name } } pageInfo { hasNextPage endCursor } } }';
    const all = await walk(q, (d) => d.actors as PageOf, 50, (n) => n.key as string);
    expect(all).toHaveLength(10 + SYNTHETIC_COUNT);
    const paged = await walk(q, (d) => d.actors as PageOf, 7, (n) => n.key as string);
    expect(paged).toEqual(all);
    expect(new Set(paged).size).toBe(paged.length);
  });

  it('pages through partners, strongest first', async () => {
    const q = 'query($first: Int, $after: String) { actor(id: "vietnam") { partners(first: $first, after: $after) { edges { cursor weight node { key } } pageInfo { hasNextPage endCursor } } } }';
    const pick = (d: Record<string, unknown>) => (d.actor as { partners: PageOf }).partners;
    const all = await walk(q, pick, 50, (n) => n.key as string);
    expect(all).toHaveLength(SYNTHETIC_COUNT + 3);
    expect(await walk(q, pick, 5, (n) => n.key as string)).toEqual(all);
  });

  it('pages through articles newest first, and pledges by amount', async () => {
    const qa = 'query($first: Int, $after: String) { articles(first: $first, after: $after) { edges { cursor node { key published } } pageInfo { hasNextPage endCursor } } }';
    const dates: string[] = [];
    const all = await walk(qa, (d) => d.articles as PageOf, 50, (n) => { dates.push(n.published as string); return n.key as string; });
    expect(all).toHaveLength(3 + SYNTHETIC_COUNT);
    expect(dates.slice(0, 3)).toEqual(['2024-06-12', '2024-01-05', '2023-09-20']);
    expect(await walk(qa, (d) => d.articles as PageOf, 4, (n) => n.key as string)).toEqual(all);
    const qp = 'query($first: Int, $after: String) { pledges(first: $first, after: $after) { edges { cursor node { key } } pageInfo { hasNextPage endCursor } } }';
    const pledges = await walk(qp, (d) => d.pledges as PageOf, 50, (n) => n.key as string);
    expect(await walk(qp, (d) => d.pledges as PageOf, 1, (n) => n.key as string)).toEqual(pledges);
  });
});

describe('query count', () => {
  const NESTED = `query($n: Int) { actors(first: $n, filter: { kinds: [COMPANY] }) { edges { node {
    name country { name } sectors { key }
    pledgesMade { amountUsd sectors { key } evidence { quote article { title } } }
    partners(first: 5) { edges { weight node { name country { name } }
      relations { type from { name } to { name } evidence { quote start article { title published } } } } }
  } } } }`;

  async function countFor(n: number): Promise<{ queries: number; rows: number }> {
    queries = 0;
    const data = ok(await api.gql(NESTED, { n }));
    const edges = data.actors.edges as Array<{ node: { partners: { edges: Array<{ relations: Array<{ evidence: unknown[] }> }> } } }>;
    const rows = edges.reduce((sum, e) => sum + e.node.partners.edges.reduce((s, p) => s + p.relations.reduce((r, rel) => r + rel.evidence.length, 0), 0), 0);
    return { queries, rows };
  }

  it('does not grow with the number of actors × partners × evidence', async () => {
    const small = await countFor(5);
    const large = await countFor(20);
    expect(large.rows).toBeGreaterThan(small.rows * 3);
    expect(small.queries).toBeGreaterThan(0);
    expect(large.queries).toBe(small.queries);
    // one per level: actors, country, sectors(ids + sectors), pledges, partners, evidence, articles
    expect(large.queries).toBeLessThanOrEqual(10);
  });
});
