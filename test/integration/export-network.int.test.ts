import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Driver } from 'neo4j-driver';
import { MultiGraph } from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import { DOMParser } from '@xmldom/xmldom';
import { parse as parseCsv } from 'csv-parse/sync';
import { createTestDriver, resetGraph } from '../support/neo4j.ts';
import { loadSeedGraph } from './export-seed-graph.ts';
import { readExportNetwork } from '../../src/graph/read/export-network.ts';
import { serializeNetwork } from '../../src/core/export/serialize.ts';
import type { ExportFilter, ExportNetwork } from '../../src/core/export/types.ts';

const NO_FILTER: ExportFilter = { sector: null, country: null, types: null, since: null, until: null };

let driver: Driver;

async function read(filter: ExportFilter): Promise<ExportNetwork> {
  const session = driver.session({ defaultAccessMode: 'READ' });
  try {
    return await session.executeRead((tx) => readExportNetwork(tx, filter));
  } finally {
    await session.close();
  }
}

/** What the graph itself says, asked directly (not through the export's Cypher). */
async function graphFacts() {
  const rels = await driver.executeQuery(
    'MATCH (a:Actor)-[r]->(b:Actor) RETURN r.key AS key, a.id AS a, b.id AS b, r.firstDate AS firstDate, r.lastDate AS lastDate, COUNT { (e:Evidence {factKey: r.key}) } AS evidence',
  );
  const pledges = await driver.executeQuery('MATCH (a:Actor)-[:MADE]->(p:Pledge)-[:TO]->(b:Actor) RETURN p.id AS id, a.id AS a, b.id AS b');
  const relations = rels.records.map((r) => ({
    key: r.get('key') as string, firstDate: r.get('firstDate') as string | null, lastDate: r.get('lastDate') as string | null,
    evidence: Number(r.get('evidence')), ends: [r.get('a') as string, r.get('b') as string],
  }));
  const pledgeEnds = pledges.records.map((r) => [r.get('a') as string, r.get('b') as string]);
  const actors = new Set([...relations.flatMap((r) => r.ends), ...pledgeEnds.flat()]);
  return { relations, pledgeCount: pledges.records.length, actorCount: actors.size };
}

beforeAll(async () => {
  driver = createTestDriver();
  await resetGraph(driver);
  await loadSeedGraph(driver);
});

afterAll(async () => {
  await driver?.close();
});

describe('exports of the seed graph', () => {
  it('holds every actor-to-actor relation and pledge of the graph, with their evidence counts', async () => {
    const truth = await graphFacts();
    expect(truth.relations.length).toBeGreaterThan(5);
    const net = await read(NO_FILTER);
    expect(net.edges).toHaveLength(truth.relations.length + truth.pledgeCount);
    expect(net.nodes).toHaveLength(truth.actorCount);
    // Dates are partial ISO dates (never "2030.0"), so the GEXF gets start/end days from them.
    const dated = net.edges.filter((e) => e.firstDate !== null);
    expect(dated.length).toBeGreaterThan(0);
    for (const e of net.edges) for (const d of [e.firstDate, e.lastDate]) if (d !== null) expect(d).toMatch(/^\d{4}(-\d{2}(-\d{2})?)?$/);
    for (const r of truth.relations) {
      const e = net.edges.find((x) => x.id === r.key);
      expect(e?.evidenceCount).toBe(r.evidence);
      if (r.firstDate) expect(e?.firstDate).toBe(r.firstDate);
    }
  });

  it('every format parses back to the same graph', async () => {
    const truth = await graphFacts();
    const net = await read(NO_FILTER);
    const edgeTotal = truth.relations.length + truth.pledgeCount;
    const dated = truth.relations.find((r) => r.firstDate !== null) ?? truth.relations[0]!;

    const gexf = serializeNetwork(net, 'gexf')[0]!.body;
    const g1 = parseGexf(MultiGraph, gexf);
    expect([g1.order, g1.size]).toEqual([truth.actorCount, edgeTotal]);
    expect(g1.getEdgeAttribute(dated.key, 'evidenceCount')).toBe(dated.evidence);
    const doc = new DOMParser().parseFromString(gexf, 'application/xml');
    expect(doc.getElementsByTagName('graph')[0]!.getAttribute('mode')).toBe('dynamic');
    if (dated.firstDate) {
      const edges = doc.getElementsByTagName('edge');
      const el = Array.from({ length: edges.length }, (_, i) => edges[i]!).find((x) => x.getAttribute('id') === dated.key)!;
      expect(el.getAttribute('start')?.startsWith(dated.firstDate.slice(0, 4))).toBe(true);
    }

    const allEdges = doc.getElementsByTagName('edge');
    const withStart = Array.from({ length: allEdges.length }, (_, i) => allEdges[i]!).filter((x) => x.hasAttribute('start'));
    expect(withStart.length).toBe(net.edges.filter((e) => e.firstDate !== null).length);

    const g2 = parseGraphml(MultiGraph, serializeNetwork(net, 'graphml')[0]!.body);
    expect([g2.order, g2.size]).toEqual([truth.actorCount, edgeTotal]);
    expect(g2.getEdgeAttribute(dated.key, 'evidenceCount')).toBe(dated.evidence);

    const [nodesCsv, edgesCsv] = serializeNetwork(net, 'csv');
    const nodes = parseCsv(nodesCsv!.body, { columns: true }) as Array<Record<string, string>>;
    const edges = parseCsv(edgesCsv!.body, { columns: true }) as Array<Record<string, string>>;
    expect([nodes.length, edges.length]).toEqual([truth.actorCount, edgeTotal]);
    const row = edges.find((e) => e.id === dated.key)!;
    expect(Number(row.evidenceCount)).toBe(dated.evidence);
    expect(row.firstDate).toBe(dated.firstDate ?? row.firstDate);

    const g3 = MultiGraph.from(JSON.parse(serializeNetwork(net, 'json')[0]!.body));
    expect([g3.order, g3.size]).toEqual([truth.actorCount, edgeTotal]);
    const cy = JSON.parse(serializeNetwork(net, 'cyjs')[0]!.body) as { elements: { nodes: unknown[]; edges: unknown[] } };
    expect([cy.elements.nodes.length, cy.elements.edges.length]).toEqual([truth.actorCount, edgeTotal]);
  });

  it('filters by relation type and period', async () => {
    const all = await read(NO_FILTER);
    const pledgesOnly = await read({ ...NO_FILTER, types: ['PLEDGE'] });
    expect(pledgesOnly.edges.length).toBeGreaterThan(0);
    expect(pledgesOnly.edges.every((e) => e.type === 'PLEDGE')).toBe(true);
    expect(pledgesOnly.edges.length).toBe(all.edges.filter((e) => e.type === 'PLEDGE').length);
    const future = await read({ ...NO_FILTER, since: '2100' });
    expect(future.edges).toHaveLength(0);
    const until = await read({ ...NO_FILTER, until: '2023' });
    expect(until.edges.every((e) => e.firstDate !== null && e.firstDate.slice(0, 4) <= '2023')).toBe(true);
  });
});
