import { DOMImplementation, XMLSerializer } from '@xmldom/xmldom';
import type { ExportGraph } from './build-graph.ts';

const NS = 'http://graphml.graphdrawing.org/xmlns';
type AttrType = 'string' | 'int' | 'double' | 'boolean';
interface KeySpec { name: string; type: AttrType }

const NODE_KEYS: KeySpec[] = [
  { name: 'label', type: 'string' }, { name: 'kind', type: 'string' }, { name: 'country', type: 'string' },
  { name: 'aliases', type: 'string' }, { name: 'sectors', type: 'string' }, { name: 'degree', type: 'int' },
  { name: 'evidenceCount', type: 'int' }, { name: 'articleCount', type: 'int' }, { name: 'pledgedUsd', type: 'double' },
  { name: 'receivedUsd', type: 'double' }, { name: 'firstDate', type: 'string' }, { name: 'lastDate', type: 'string' },
  { name: 'color', type: 'string' },
];
const EDGE_KEYS: KeySpec[] = [
  { name: 'type', type: 'string' }, { name: 'role', type: 'string' }, { name: 'firstDate', type: 'string' },
  { name: 'lastDate', type: 'string' }, { name: 'dates', type: 'string' }, { name: 'evidenceCount', type: 'int' },
  { name: 'articleCount', type: 'int' }, { name: 'weight', type: 'double' }, { name: 'pledgeKind', type: 'string' },
  { name: 'amount', type: 'double' }, { name: 'unit', type: 'string' }, { name: 'amountText', type: 'string' },
  { name: 'amountUsd', type: 'double' }, { name: 'status', type: 'string' }, { name: 'review', type: 'string' },
];

/**
 * GraphML with typed keys. graphology-graphml ships only a parser, so the document is built through
 * xmldom's DOM (escaping is the DOM's job) and read back with graphology-graphml in the tests.
 * Every edge says `directed="true|false"`: MEETS and PARTNERS_WITH are undirected.
 */
export function toGraphml(graph: ExportGraph): string {
  const doc = new DOMImplementation().createDocument(NS, 'graphml', null);
  const root = doc.documentElement;
  const el = (name: string, attrs: Record<string, string>) => {
    const e = doc.createElementNS(NS, name);
    for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
    return e;
  };
  for (const [forWhat, keys] of [['node', NODE_KEYS], ['edge', EDGE_KEYS]] as const) {
    for (const k of keys) root.appendChild(el('key', { id: `${forWhat[0]}_${k.name}`, for: forWhat, 'attr.name': k.name, 'attr.type': k.type }));
  }
  const g = el('graph', { id: 'G', edgedefault: 'undirected' });
  root.appendChild(g);
  const addData = (parent: ReturnType<typeof el>, prefix: string, keys: KeySpec[], attrs: Record<string, unknown>) => {
    for (const k of keys) {
      const v = attrs[k.name];
      if (v === null || v === undefined) continue;
      const text = Array.isArray(v) ? v.join('|') : String(v);
      const d = el('data', { key: `${prefix}_${k.name}` });
      d.appendChild(doc.createTextNode(text));
      parent.appendChild(d);
    }
  };
  graph.forEachNode((id, a) => {
    const n = el('node', { id });
    addData(n, 'n', NODE_KEYS, a as unknown as Record<string, unknown>);
    g.appendChild(n);
  });
  graph.forEachEdge((key, a, source, target, _sa, _ta, undirected) => {
    const e = el('edge', { id: key, source, target, directed: undirected ? 'false' : 'true' });
    addData(e, 'e', EDGE_KEYS, a as unknown as Record<string, unknown>);
    g.appendChild(e);
  });
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(doc)}\n`;
}
