/** The /export/* routes of the real app (buildApp + app.inject) over the seed graph. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import type { Driver } from 'neo4j-driver';
import { MultiGraph } from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import { parse as parseCsv } from 'csv-parse/sync';
import { loadConfig } from '../../src/config.ts';
import { buildApp } from '../../src/http/build-app.ts';
import { createTestDriver, resetGraph } from '../support/neo4j.ts';
import { loadSeedGraph } from './export-seed-graph.ts';

let driver: Driver;
let app: FastifyInstance;

/** Actors and edges (actor-to-actor relations and pledges with a recipient) as the graph holds them. */
async function counts(types: string[] | null = null): Promise<{ actors: number; edges: number }> {
  const { records } = await driver.executeQuery(`
    CALL () { MATCH (a:Actor)-[r]->(b:Actor) RETURN a.id AS a, b.id AS b, type(r) AS t
              UNION ALL MATCH (a:Actor)-[:MADE]->(:Pledge)-[:TO]->(b:Actor) RETURN a.id AS a, b.id AS b, 'PLEDGE' AS t }
    WITH * WHERE $types IS NULL OR t IN $types
    RETURN a, b`, { types });
  const ends = new Set(records.flatMap((r) => [r.get('a') as string, r.get('b') as string]));
  return { edges: records.length, actors: ends.size };
}

beforeAll(async () => {
  driver = createTestDriver();
  await resetGraph(driver);
  await loadSeedGraph(driver);
  app = await buildApp({ config: loadConfig({ NEO4J_URI: 'bolt://unused:7687', QUERY_TIMEOUT_MS: '60000' }), graph: { driver, database: undefined }, logger: false });
});

afterAll(async () => {
  await app?.close();
  await driver?.close();
});

describe('GET /export/*', () => {
  it('network.gexf is a dynamic GEXF 1.3 download of the whole graph', async () => {
    const res = await app.inject({ method: 'GET', url: '/export/network.gexf' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-disposition']).toBe('attachment; filename="network.gexf"');
    expect(res.body).toContain('mode="dynamic"');
    const g = parseGexf(MultiGraph, res.body);
    const c = await counts();
    expect([g.order, g.size]).toEqual([c.actors, c.edges]);
  });

  it('network.graphml, nodes.csv and edges.csv hold the same graph', async () => {
    const c = await counts();
    const graphml = await app.inject({ method: 'GET', url: '/export/network.graphml' });
    const g = parseGraphml(MultiGraph, graphml.body);
    expect([g.order, g.size]).toEqual([c.actors, c.edges]);
    const nodes = parseCsv((await app.inject({ method: 'GET', url: '/export/nodes.csv' })).body, { columns: true }) as unknown[];
    const edges = parseCsv((await app.inject({ method: 'GET', url: '/export/edges.csv' })).body, { columns: true }) as unknown[];
    expect([nodes.length, edges.length]).toEqual([c.actors, c.edges]);
  });

  it('filters by type through the query string, and rejects bad filters with 400', async () => {
    const c = await counts(['PLEDGE', 'INVESTS_IN']);
    const res = await app.inject({ method: 'GET', url: '/export/network.json?types=PLEDGE,invests_in' });
    const g = MultiGraph.from(JSON.parse(res.body));
    expect([g.order, g.size]).toEqual([c.actors, c.edges]);
    const bad = await app.inject({ method: 'GET', url: '/export/network.gexf?since=last-year' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toMatchObject({ error: 'BAD_USER_INPUT' });
  });

  it('/explore serves the page with no reference to other origins', async () => {
    const res = await app.inject({ method: 'GET', url: '/explore' });
    if (res.statusCode === 503) expect(res.body).toMatch(/build:explorer/);
    else {
      expect(res.statusCode).toBe(200);
      expect(res.body).toContain('/explore/explorer.js');
      expect(res.body).not.toMatch(/https?:\/\//);
    }
    expect((await app.inject({ method: 'GET', url: '/explore/..%2Fpackage.json' })).statusCode).toBe(404);
  });
});
