/**
 * Cypher statements per request for the benchmark's query shapes (bench/api/shapes.ts), on the
 * fixture graph: what the first statement already read fills the loaders, so the fields below it
 * cost no second one. The answers are checked too, so a shape cannot get cheap by coming back empty.
 */
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildShapes } from '../../bench/api/shapes.ts';
import { closeFixtureApi, ok, openFixtureApi, type TestApi } from './api-app.ts';

let driver: Driver;
let api: TestApi;
let statements: string[] = [];

beforeAll(async () => {
  ({ driver, api } = await openFixtureApi({ onCypher: (q) => statements.push(q) }));
});

afterAll(() => closeFixtureApi(driver, api));

const shapes = buildShapes({
  busyActor: 'samsung-electronics', sector: 'semiconductors', pathFrom: 'hust', pathTo: 'united-states', pathLength: 3, searchText: 'hoa lac',
});

async function ask(name: string): Promise<{ data: Record<string, any>; statements: number }> { // eslint-disable-line @typescript-eslint/no-explicit-any
  const { query, variables } = JSON.parse(shapes.find((s) => s.name === name)!.requests.ours.body) as { query: string; variables: Record<string, unknown> };
  statements = [];
  const data = ok(await api.gql(query, variables));
  return { data, statements: statements.length };
}

describe('statements per request, bench shapes', () => {
  it('partners with evidence and articles: the actor, then one partners statement', async () => {
    const { data, statements: n } = await ask('partners');
    expect(n).toBe(2);
    const edges = data.actor.partners.edges;
    expect(edges.map((e: { node: { id: string } }) => e.node.id).length).toBe(3);
    for (const e of edges) for (const r of e.relations) {
      expect(r.evidence.length).toBeGreaterThan(0);
      expect(r.evidence[0].article.title.length).toBeGreaterThan(0);
    }
  });

  it('pledges by sector: the page (with its investors and recipients) and the totals in one statement', async () => {
    const { data, statements: n } = await ask('pledges-by-sector');
    expect(n).toBe(1);
    expect(data.pledges.totalCount).toBe(2);
    expect(data.pledges.edges.map((e: { node: { by: { name: string }; to: { name: string } } }) => [e.node.by.name, e.node.to.name]))
      .toEqual([['Samsung Electronics', 'Việt Nam'], ['Intel', 'Việt Nam']]);
  });

  it('paths, search and network: one statement each', async () => {
    const paths = await ask('paths');
    expect(paths.statements).toBe(1);
    expect(paths.data.paths.map((p: { actors: Array<{ name: string }> }) => p.actors.map((a) => a.name)))
      .toEqual([['Đại học Bách khoa Hà Nội', 'Samsung Electronics', 'Việt Nam', 'Hoa Kỳ']]);
    const search = await ask('search');
    expect(search.statements).toBe(1);
    expect(search.data.search[0].node).toEqual({ __typename: 'Actor', id: expect.any(String), name: 'NIC Hòa Lạc', kind: 'FACILITY' });
    const network = await ask('network');
    expect(network.statements).toBe(1);
    expect(network.data.network.nodes.map((n: { actor: { name: string } }) => n.actor.name).sort()).toEqual(['Intel', 'Samsung Electronics', 'Việt Nam']);
  });

  it('a missing end of a path is still NOT_FOUND, and one actor at both ends has no path', async () => {
    for (const [from, to] of [['nobody', 'hust'], ['hust', 'nobody']]) {
      const res = await api.gql('query($from: ID!, $to: ID!) { paths(from: $from, to: $to) { length } }', { from, to });
      expect(res.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
      expect(res.errors?.[0]?.message).toBe(`Actor ${from === 'nobody' ? from : to} not found`);
    }
    expect(ok(await api.gql('{ paths(from: "hust", to: "hust") { length } }')).paths).toEqual([]);
  });
});
