import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeFixtureApi, ok, openFixtureApi, type TestApi } from './api-app.ts';

let driver: Driver;
let api: TestApi;

beforeAll(async () => {
  ({ driver, api } = await openFixtureApi());
});

afterAll(() => closeFixtureApi(driver, api));

const INVESTOR: Record<string, string> = { 'lg-group': 'p-lg', 'samsung-electronics': 'p-samsung', intel: 'p-intel' };

const PLEDGES = `query($filter: PledgeFilter, $orderBy: PledgeOrder) {
  pledges(filter: $filter, orderBy: $orderBy, first: 10) {
    totalCount totalUsd
    edges { node { key kind status amountUsd amountText incremental year periodStart periodEnd by { key } to { key } sectors { key } evidence { quote article { published } } } }
  }
}`;
/** Pledge keys are hashes the planner makes; the fixture has one pledge per investor. */
const keysOf = (data: Record<string, any>) => data.pledges.edges.map((e: { node: { by: { key: string } } }) => INVESTOR[e.node.by.key]); // eslint-disable-line @typescript-eslint/no-explicit-any

describe('pledges', () => {
  it('lists every pledge largest first, with totals, fields and evidence', async () => {
    const data = ok(await api.gql(PLEDGES));
    expect(keysOf(data)).toEqual(['p-lg', 'p-samsung', 'p-intel']);
    expect(data.pledges.totalCount).toBe(3);
    expect(data.pledges.totalUsd).toBe(4.5e9);
    const lg = data.pledges.edges[0].node;
    expect(lg).toMatchObject({ kind: 'INVESTMENT', status: 'PLANNED', amountUsd: 3e9, amountText: '3 tỷ USD', incremental: true, periodStart: 2024, periodEnd: 2029, year: 2024, by: { key: 'lg-group' }, to: { key: 'vietnam' } });
    expect(lg.evidence[0].quote).toBe('Tập đoàn LG dự kiến rót thêm 3 tỷ USD vào Việt Nam trong 5 năm tới');
  });

  it('filters by investor country, sector (with sub-sectors), status, kind, amount and period', async () => {
    const run = async (filter: Record<string, unknown>) => ok(await api.gql(PLEDGES, { filter }));
    expect(keysOf(await run({ byCountry: 'south-korea' }))).toEqual(['p-lg', 'p-samsung']);
    const chips = await run({ sector: 'semiconductors' });
    expect(keysOf(chips)).toEqual(['p-samsung', 'p-intel']);
    expect(chips.pledges.totalUsd).toBe(1.5e9);
    expect(keysOf(await run({ sector: 'high-tech' }))).toEqual(['p-samsung', 'p-intel']);
    expect(keysOf(await run({ status: ['INTEREST', 'PLANNED'] }))).toEqual(['p-lg', 'p-intel']);
    expect(keysOf(await run({ minUsd: 1e9 }))).toEqual(['p-lg', 'p-samsung']);
    expect(keysOf(await run({ by: 'intel', to: 'vietnam', kind: ['INVESTMENT'] }))).toEqual(['p-intel']);
    expect(keysOf(await run({ until: '2023' }))).toEqual(['p-intel']);
    expect(keysOf(await run({ since: '2029-01-01' }))).toEqual(['p-lg']);
    const none = await run({ by: 'nobody' });
    expect(none.pledges).toMatchObject({ totalCount: 0, totalUsd: 0, edges: [] });
  });

  it('sorts by year both ways, ties by key', async () => {
    const order = async (orderBy: string) => ok(await api.gql(PLEDGES, { orderBy })).pledges.edges.map((e: { node: { year: number; key: string } }) => e.node);
    const asc = await order('YEAR_ASC');
    expect(asc.map((p: { year: number }) => p.year)).toEqual([2023, 2024, 2024]);
    expect(asc[1].key < asc[2].key).toBe(true);
    const desc = await order('YEAR_DESC');
    expect(desc.map((p: { year: number }) => p.year)).toEqual([2024, 2024, 2023]);
    expect(desc[0].key < desc[1].key).toBe(true);
  });

  it('shows pledges made and received on actors', async () => {
    const data = ok(await api.gql('{ vn: actor(id: "vietnam") { pledgesReceived { by { key } } pledgesMade { key } } lg: actor(id: "lg-group") { pledgesMade { by { key } } } }'));
    expect(data.vn.pledgesReceived.map((p: { by: { key: string } }) => p.by.key)).toEqual(['lg-group', 'samsung-electronics', 'intel']);
    expect(data.vn.pledgesMade).toEqual([]);
    expect(data.lg.pledgesMade.map((p: { by: { key: string } }) => p.by.key)).toEqual(['lg-group']);
  });
});

describe('pledges totals', () => {
  it('add up to what pledgeTotals gives per investor, whatever the filter', async () => {
    const filters = [{}, { sector: 'semiconductors' }, { byCountry: 'united-states' }, { by: 'samsung-electronics' }, { to: 'vietnam' },
      { kind: ['INVESTMENT'] }, { since: '2024' }, { until: '2023', sector: 'high-tech' }, { minUsd: 1e9 }, { sector: 'no-such-sector' }];
    let matched = 0;
    for (const f of filters) {
      const page = ok(await api.gql('query($f: PledgeFilter) { pledges(filter: $f, first: 1) { totalCount totalUsd } }', { f })).pledges;
      // Every pledge has one investor: the groups partition the matches.
      const groups = ok(await api.gql('query($f: PledgeFilter) { pledgeTotals(filter: $f, groupBy: INVESTOR) { count totalUsd } }', { f })).pledgeTotals as Array<{ count: number; totalUsd: number }>;
      expect(page.totalCount, JSON.stringify(f)).toBe(groups.reduce((n, g) => n + g.count, 0));
      expect(page.totalUsd, JSON.stringify(f)).toBeCloseTo(groups.reduce((n, g) => n + g.totalUsd, 0), 0);
      matched += page.totalCount;
    }
    expect(matched).toBeGreaterThan(5);
  });
});

describe('pledgeTotals', () => {
  it('adds up by investor country, sector, year, investor and recipient', async () => {
    const q = 'query($g: PledgeGroupBy!, $f: PledgeFilter) { pledgeTotals(groupBy: $g, filter: $f) { key count totalUsd countWithUsd actor { name } sector { key } } }';
    const byCountry = ok(await api.gql(q, { g: 'INVESTOR_COUNTRY' })).pledgeTotals;
    expect(byCountry.map((t: { key: string; count: number; totalUsd: number }) => [t.key, t.count, t.totalUsd])).toEqual([['south-korea', 2, 4e9], ['united-states', 1, 5e8]]);
    expect(byCountry[0].actor.name).toBe('Hàn Quốc');
    const bySector = ok(await api.gql(q, { g: 'SECTOR' })).pledgeTotals;
    expect(bySector.map((t: { key: string | null; totalUsd: number }) => [t.key, t.totalUsd])).toEqual([[null, 3e9], ['semiconductors', 1.5e9]]);
    expect(bySector[1].sector.key).toBe('semiconductors');
    const byYear = ok(await api.gql(q, { g: 'YEAR' })).pledgeTotals;
    expect(byYear.map((t: { key: string; count: number }) => [t.key, t.count])).toEqual([['2024', 2], ['2023', 1]]);
    const byRecipient = ok(await api.gql(q, { g: 'RECIPIENT', f: { byCountry: 'united-states' } })).pledgeTotals;
    expect(byRecipient.map((t: { key: string; totalUsd: number }) => [t.key, t.totalUsd])).toEqual([['vietnam', 5e8]]);
    const byInvestor = ok(await api.gql(q, { g: 'INVESTOR' })).pledgeTotals;
    expect(byInvestor.map((t: { key: string }) => t.key)).toEqual(['lg-group', 'samsung-electronics', 'intel']);
  });
});

describe('paths', () => {
  it('finds the shortest chain from Nvidia to NIC Hòa Lạc, each hop with its relation and evidence', async () => {
    const data = ok(await api.gql(`{ paths(from: "nvidia", to: "nic-hoa-lac") { length actors { key }
      hops { from { key } to { key } relation { type direction evidence { quote article { title } } } } } }`));
    expect(data.paths).toHaveLength(1);
    const [path] = data.paths;
    expect(path.length).toBe(2);
    expect(path.actors.map((a: { key: string }) => a.key)).toEqual(['nvidia', 'nic', 'nic-hoa-lac']);
    expect(path.hops[0]).toMatchObject({ from: { key: 'nvidia' }, to: { key: 'nic' }, relation: { type: 'PARTNERS_WITH', direction: 'UNDIRECTED' } });
    expect(path.hops[1]).toMatchObject({ from: { key: 'nic' }, to: { key: 'nic-hoa-lac' }, relation: { type: 'PART_OF', direction: 'INCOMING' } });
    expect(path.hops[1].relation.evidence[0].quote).toBe('NIC Hòa Lạc là cơ sở của Trung tâm Đổi mới sáng tạo quốc gia');
  });

  it('respects maxHops and returns every equally short path', async () => {
    expect(ok(await api.gql('{ paths(from: "nvidia", to: "nic-hoa-lac", maxHops: 1) { length } }')).paths).toEqual([]);
    // hust → samsung → vietnam and nothing shorter
    const data = ok(await api.gql('{ paths(from: "hust", to: "united-states") { length actors { key } } }'));
    expect(data.paths.map((p: { actors: { key: string }[] }) => p.actors.map((a) => a.key))).toEqual([['hust', 'samsung-electronics', 'vietnam', 'united-states']]);
  });
});

describe('network', () => {
  it('returns nodes and edges for a sector, with pledges as edges', async () => {
    const data = ok(await api.gql('{ network(filter: { sector: "semiconductors" }) { nodes { id degree actor { name } } edges { id type source target weight amountUsd } } }'));
    const edges = data.network.edges.map((e: { type: string; source: string; target: string }) => `${e.type}:${e.source}>${e.target}`).sort();
    expect(edges).toEqual(['PLEDGE:intel>vietnam', 'PLEDGE:samsung-electronics>vietnam']);
    const nodeIds = data.network.nodes.map((n: { id: string }) => n.id);
    expect(nodeIds[0]).toBe('vietnam');
    expect(nodeIds.sort()).toEqual(['intel', 'samsung-electronics', 'vietnam']);
  });

  it('filters by country, type and period, and caps the edge count', async () => {
    const data = ok(await api.gql('{ network(filter: { country: "south-korea", types: [MEETS, PARTNERS_WITH, INVESTS_IN], since: "2024" }) { edges { type source target firstDate } } }'));
    const edges = data.network.edges.map((e: { type: string; source: string; target: string }) => `${e.type}:${e.source}>${e.target}`).sort();
    expect(edges).toEqual(['INVESTS_IN:samsung-electronics>vietnam', 'MEETS:south-korea>vietnam', 'PARTNERS_WITH:hust>samsung-electronics', 'PARTNERS_WITH:nvidia>samsung-electronics']);
    const capped = ok(await api.gql('{ network(filter: { limit: 3 }) { edges { id } } }'));
    expect(capped.network.edges).toHaveLength(3);
  });
});
