/**
 * `network` after its rewrites (stored weights, two plans: ranked by the weight index or from the
 * sector): the same rows in the same order as the plain statement kept below as the reference
 * semantics (weights counted from Evidence, so this also checks the loader's stored ones), over the
 * fixture graph and the real seed graph, for many filter combinations. Also: pledge years stored as
 * floats (older loads) still read as whole years. The ends' actors, when asked for, are those the
 * actor lookup gives.
 */
import type { Driver } from 'neo4j-driver';
import neo4j from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureSeedsLoaded } from '../../src/graph/load/ensure-seeds.ts';
import { findActorsByIds } from '../../src/graph/read/actors.ts';
import { findNetworkEdges, type NetworkParams } from '../../src/graph/read/network.ts';
import type { ReadRunner } from '../../src/graph/read/rows.ts';
import { createTestDriver, resetGraph } from '../support/neo4j.ts';
import { ok, startApi, type TestApi } from './api-app.ts';
import { loadFixtureGraph } from './api-fixture.ts';

/** The plain statement: every relationship walked, sector tested on both ends, Evidence counted. */
const REFERENCE = `
CALL () {
  MATCH (a:Actor)-[r]->(b:Actor)
  WHERE ($types IS NULL OR type(r) IN $types)
    AND ($since IS NULL OR (r.lastDate IS NOT NULL AND left(r.lastDate, size($since)) >= $since))
    AND ($until IS NULL OR (r.firstDate IS NOT NULL AND left(r.firstDate, size($until)) <= $until))
    AND ($country IS NULL OR $country IN [a.id, b.id, a.country, b.country])
    AND ($sector IS NULL
      OR EXISTS { MATCH (a)-[:FOCUSES_ON]->(:Sector)-[:SUBSECTOR_OF*0..]->(:Sector {id: $sector}) }
      OR EXISTS { MATCH (b)-[:FOCUSES_ON]->(:Sector)-[:SUBSECTOR_OF*0..]->(:Sector {id: $sector}) })
  RETURN r.key AS key, type(r) AS type, a.id AS from, b.id AS to, r.firstDate AS firstDate, r.lastDate AS lastDate,
         COUNT { MATCH (e:Evidence {factKey: r.key}) } AS weight, null AS amountUsd
  UNION ALL
  MATCH (a:Actor)-[:MADE]->(p:Pledge)-[:TO]->(b:Actor)
  WHERE ($types IS NULL OR 'PLEDGE' IN $types)
    AND ($since IS NULL OR coalesce(p.periodEnd, p.year) >= toInteger(left($since, 4)))
    AND ($until IS NULL OR coalesce(p.periodStart, p.year) <= toInteger(left($until, 4)))
    AND ($country IS NULL OR $country IN [a.id, b.id, a.country, b.country])
    AND ($sector IS NULL OR EXISTS { MATCH (p)-[:IN_SECTOR]->(:Sector)-[:SUBSECTOR_OF*0..]->(:Sector {id: $sector}) })
  RETURN 'pledge:' + p.id AS key, 'PLEDGE' AS type, a.id AS from, b.id AS to, toString(toInteger(p.year)) AS firstDate,
         toString(toInteger(p.year)) AS lastDate, COUNT { MATCH (e:Evidence {factKey: 'pledge:' + p.id}) } AS weight, p.amountUsd AS amountUsd
}
RETURN key, type, from, to, firstDate, lastDate, weight, amountUsd
ORDER BY weight DESC, key DESC
LIMIT $limit`;

let driver: Driver;

beforeAll(() => {
  driver = createTestDriver();
});

afterAll(() => driver?.close());

const runner: ReadRunner = { run: (q, p) => driver.executeQuery(q, p ?? {}, { routing: neo4j.routing.READ }) };

async function reference(p: NetworkParams): Promise<Array<Record<string, unknown>>> {
  const { records } = await driver.executeQuery(REFERENCE, { ...p, limit: neo4j.int(p.limit) }, { routing: neo4j.routing.READ });
  return records.map((r) => {
    const o = r.toObject() as Record<string, unknown>;
    return { ...o, weight: Number(o.weight), amountUsd: o.amountUsd === null ? null : Number(o.amountUsd) };
  });
}

/** The new statement's rows, with their ends' actors checked against the actor lookup and set aside. */
async function current(p: NetworkParams) {
  const rows = await findNetworkEdges(runner, { ...p, withActors: true });
  const ids = [...new Set(rows.flatMap((r) => [r.from, r.to]))];
  const actors = new Map((await findActorsByIds(runner, { ids })).map((a) => [a.id, a]));
  for (const r of rows) expect([r.fromActor, r.toActor]).toEqual([actors.get(r.from), actors.get(r.to)]);
  const without = await findNetworkEdges(runner, p);
  expect(without.every((r) => r.fromActor === null && r.toActor === null)).toBe(true);
  expect(without.map((r) => r.key)).toEqual(rows.map((r) => r.key));
  // No decisions in these graphs: every edge is as extracted (the reference predates review).
  expect(rows.every((r) => r.review === null)).toBe(true);
  return rows.map(({ fromActor: _f, toActor: _t, review: _r, ...edge }) => edge);
}

const P = (over: Partial<NetworkParams>): NetworkParams => ({ sector: null, country: null, types: null, since: null, until: null, limit: 500, ...over });

/** Every sector, plus the other filters alone and combined, at small and large limits. */
async function combinations(): Promise<NetworkParams[]> {
  const sectors = (await driver.executeQuery('MATCH (s:Sector) RETURN s.id AS id ORDER BY id')).records.map((r) => r.get('id') as string);
  const countries = (await driver.executeQuery("MATCH (c:Actor {kind: 'country'}) RETURN c.id AS id ORDER BY id LIMIT 4")).records.map((r) => r.get('id') as string);
  return [
    P({}), P({ limit: 1 }), P({ limit: 3 }), P({ limit: 5000 }),
    ...sectors.flatMap((sector) => [P({ sector }), P({ sector, limit: 2 })]),
    ...countries.flatMap((country) => [P({ country }), P({ country, sector: sectors[0] ?? null })]),
    P({ types: ['PLEDGE'] }), P({ types: ['PARTNERS_WITH', 'MEETS'] }), P({ types: ['INVESTS_IN', 'PLEDGE'], sector: 'semiconductors' }),
    P({ since: '2024' }), P({ until: '2023-12' }), P({ since: '2023-09', until: '2024-06-12', sector: 'high-tech' }),
    P({ sector: 'no-such-sector' }), P({ country: 'no-such-country' }),
  ];
}

async function expectSameAsReference(): Promise<{ compared: number; sectorRelations: number }> {
  let compared = 0;
  let sectorRelations = 0;
  for (const p of await combinations()) {
    const before = await reference(p);
    // Both plans of the statement, and the one it picks.
    for (const plan of [undefined, 'ranked', 'sector'] as const) expect(await current({ ...p, plan }), JSON.stringify({ ...p, plan })).toEqual(before);
    compared += before.length;
    if (p.sector) sectorRelations += before.filter((e) => e.type !== 'PLEDGE').length;
  }
  return { compared, sectorRelations };
}

describe('network rows are those of the statement it replaced', () => {
  it('on the fixture graph', async () => {
    await resetGraph(driver);
    await loadFixtureGraph(driver);
    const { compared } = await expectSameAsReference();
    expect(compared).toBeGreaterThan(50);
  }, 300_000);

  it('on the seed graph, where actors focus on sectors', async () => {
    await resetGraph(driver);
    expect((await ensureSeedsLoaded(driver)).failures).toEqual([]);
    const { compared, sectorRelations } = await expectSameAsReference();
    expect(compared).toBeGreaterThan(200);
    // Not vacuous: some relations come in through an actor's sector, not only pledges.
    expect(sectorRelations).toBeGreaterThan(20);
  }, 300_000);
});

describe('pledge years stored as floats', () => {
  let api: TestApi | undefined;
  afterAll(() => api?.app.close());

  it('read as whole years in network, pledges and totals', async () => {
    await resetGraph(driver);
    await loadFixtureGraph(driver);
    await driver.executeQuery('MATCH (p:Pledge) SET p.year = toFloat(p.year), p.periodStart = toFloat(p.periodStart), p.periodEnd = toFloat(p.periodEnd)');
    api = await startApi(driver);
    const data = ok(await api.gql(`{
      network(filter: { types: [PLEDGE], since: "2024" }) { edges { firstDate lastDate } }
      pledges(filter: { since: "2024" }, orderBy: YEAR_ASC) { edges { node { year periodStart periodEnd } } }
      pledgeTotals(groupBy: YEAR) { key count }
    }`));
    expect(data.network.edges.map((e: { firstDate: string }) => e.firstDate).sort()).toEqual(['2024', '2024']);
    expect(data.network.edges.every((e: { firstDate: string; lastDate: string }) => e.firstDate === e.lastDate)).toBe(true);
    expect(data.pledges.edges.map((e: { node: { periodEnd: number } }) => e.node).sort((a: { periodEnd: number }, b: { periodEnd: number }) => a.periodEnd - b.periodEnd)).toEqual([
      { year: 2024, periodStart: 2024, periodEnd: 2028 }, { year: 2024, periodStart: 2024, periodEnd: 2029 },
    ]);
    expect(data.pledgeTotals.map((t: { key: string }) => t.key).sort()).toEqual(['2023', '2024']);
  });
});
