import { describe, expect, it } from 'vitest';
import { MultiGraph as Graph } from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import { DOMParser } from '@xmldom/xmldom';
import { parse as parseCsv } from 'csv-parse/sync';
import { serializeNetwork } from './serialize.ts';
import type { ExportEdge, ExportNetwork, ExportNode } from './types.ts';

const node = (id: string, label: string, kind: string): ExportNode => ({
  id, label, kind, country: null, aliases: [label], sectors: [], evidenceCount: 1, articleCount: 1,
});
const edge = (over: Partial<ExportEdge> & Pick<ExportEdge, 'id' | 'type' | 'source' | 'target'>): ExportEdge => ({
  directed: true, role: null, firstDate: null, lastDate: null, dates: [], evidenceCount: 1, articleCount: 1,
  pledgeKind: null, amount: null, unit: null, amountText: null, amountUsd: null, status: null, ...over,
});

const network: ExportNetwork = {
  filter: { sector: null, country: null, types: null, since: null, until: null },
  nodes: [node('nvidia', 'Nvidia', 'company'), node('nic', 'NIC Hòa Lạc <&>', 'facility'), node('vn', 'Việt Nam', 'country')],
  edges: [
    edge({ id: 'rel:INVESTS_IN:nvidia:vn', type: 'INVESTS_IN', source: 'nvidia', target: 'vn', firstDate: '2023-12', lastDate: '2024-06-25', dates: ['2023-12', '2024-06-25'], evidenceCount: 3, articleCount: 2 }),
    edge({ id: 'rel:PARTNERS_WITH:nic:nvidia', type: 'PARTNERS_WITH', source: 'nic', target: 'nvidia', directed: false, firstDate: '2024', lastDate: '2024' }),
    edge({ id: 'pledge:abc', type: 'PLEDGE', source: 'nvidia', target: 'vn', pledgeKind: 'investment', amount: 200000000, unit: 'USD', amountText: '200 triệu USD', amountUsd: 200000000, status: 'planned' }),
    edge({ id: 'rel:VISITS:ghost:vn', type: 'VISITS', source: 'ghost', target: 'vn' }),
  ],
};

const single = (format: 'gexf' | 'graphml' | 'json' | 'cyjs') => serializeNetwork(network, format)[0]!.body;

describe('serializeNetwork', () => {
  it('GEXF 1.3 parses back with graphology-gexf and carries dynamic start/end', () => {
    const xml = single('gexf');
    const g = parseGexf(Graph, xml);
    expect(g.order).toBe(3);
    expect(g.size).toBe(3); // the edge to an unknown actor is dropped
    expect(g.getNodeAttribute('nic', 'label')).toBe('NIC Hòa Lạc <&>');
    expect(g.getEdgeAttribute('rel:INVESTS_IN:nvidia:vn', 'evidenceCount')).toBe(3);
    expect(g.getEdgeAttribute('pledge:abc', 'amountUsd')).toBe(200000000);
    expect(xml).toContain('<attribute id="amountUsd" title="amountUsd" type="double"/>');
    expect(g.isUndirected('rel:PARTNERS_WITH:nic:nvidia')).toBe(true);
    const doc = new DOMParser().parseFromString(xml, 'application/xml');
    expect(doc.documentElement.getAttribute('version')).toBe('1.3');
    expect(doc.getElementsByTagName('graph')[0]!.getAttribute('mode')).toBe('dynamic');
    const edges = Array.from({ length: doc.getElementsByTagName('edge').length }, (_, i) => doc.getElementsByTagName('edge')[i]!);
    const invests = edges.find((e) => e.getAttribute('id') === 'rel:INVESTS_IN:nvidia:vn')!;
    expect(invests.getAttribute('start')).toBe('2023-12-01');
    expect(invests.getAttribute('end')).toBe('2024-06-25');
    const pledge = edges.find((e) => e.getAttribute('id') === 'pledge:abc')!;
    expect(pledge.hasAttribute('start')).toBe(false);
    const nodes = doc.getElementsByTagName('node');
    const nvidia = Array.from({ length: nodes.length }, (_, i) => nodes[i]!).find((n) => n.getAttribute('id') === 'nvidia')!;
    expect(nvidia.getAttribute('start')).toBe('2023-12-01');
    expect(nvidia.getAttribute('end')).toBe('2024-12-31');
  });

  it('GraphML parses back with graphology-graphml, typed and with undirected edges', () => {
    const g = parseGraphml(Graph, single('graphml'));
    expect(g.order).toBe(3);
    expect(g.size).toBe(3);
    expect(g.getNodeAttribute('nvidia', 'degree')).toBe(3);
    expect(g.getEdgeAttribute('pledge:abc', 'amountUsd')).toBe(200000000);
    expect(g.getNodeAttribute('vn', 'receivedUsd')).toBe(200000000);
    expect(g.isUndirected('rel:PARTNERS_WITH:nic:nvidia')).toBe(true);
    expect(g.isDirected('rel:INVESTS_IN:nvidia:vn')).toBe(true);
  });

  it('CSV: nodes.csv and edges.csv parse back with evidence counts and dates', () => {
    const [nodes, edges] = serializeNetwork(network, 'csv');
    const n = parseCsv(nodes!.body, { columns: true }) as Array<Record<string, string>>;
    const e = parseCsv(edges!.body, { columns: true }) as Array<Record<string, string>>;
    expect(n.map((r) => r.id).sort()).toEqual(['nic', 'nvidia', 'vn']);
    expect(e).toHaveLength(3);
    const inv = e.find((r) => r.id === 'rel:INVESTS_IN:nvidia:vn')!;
    expect(inv).toMatchObject({ source: 'nvidia', target: 'vn', relation: 'INVESTS_IN', evidenceCount: '3', firstDate: '2023-12', lastDate: '2024-06-25', directed: 'true' });
  });

  it('JSON: graphology and Cytoscape forms', () => {
    const g = Graph.from(JSON.parse(single('json')));
    expect(g.order).toBe(3);
    expect(g.size).toBe(3);
    const cy = JSON.parse(single('cyjs')) as { elements: { nodes: unknown[]; edges: Array<{ data: { id: string; interaction: string } }> } };
    expect(cy.elements.nodes).toHaveLength(3);
    expect(cy.elements.edges.find((e) => e.data.id === 'pledge:abc')?.data.interaction).toBe('PLEDGE');
  });
});
