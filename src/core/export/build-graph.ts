import { MultiGraph } from 'graphology';
import type { ExportEdge, ExportNetwork, ExportNode } from './types.ts';
import { kindColor, relationColor } from './palette.ts';
import { maxDate, minDate } from './dates.ts';

export interface ExportNodeAttributes extends ExportNode {
  degree: number;
  /** Sum of the USD value of the pledges it made / received, within this export. */
  pledgedUsd: number;
  receivedUsd: number;
  /** Span of the node's edges' dates (null when none of them has a date). */
  firstDate: string | null;
  lastDate: string | null;
  color: string;
  size: number;
}

export interface ExportEdgeAttributes extends ExportEdge {
  color: string;
  weight: number;
}

export type ExportGraph = MultiGraph<ExportNodeAttributes, ExportEdgeAttributes>;

/**
 * The export as a graphology graph: mixed (MEETS and PARTNERS_WITH are undirected), multi (two
 * actors may share several facts), keyed by actor id and fact key. Edges whose ends are not among
 * the nodes are dropped rather than invented.
 */
export function buildExportGraph(network: ExportNetwork): ExportGraph {
  const graph: ExportGraph = new MultiGraph({ type: 'mixed', allowSelfLoops: true });
  graph.replaceAttributes({
    creator: 'vn-tech-graph',
    description: describeFilter(network),
  });
  for (const n of network.nodes) {
    if (graph.hasNode(n.id)) continue;
    graph.addNode(n.id, { ...n, degree: 0, pledgedUsd: 0, receivedUsd: 0, firstDate: null, lastDate: null, color: kindColor(n.kind), size: 1 });
  }
  for (const e of network.edges) {
    if (!graph.hasNode(e.source) || !graph.hasNode(e.target) || graph.hasEdge(e.id)) continue;
    const attrs: ExportEdgeAttributes = { ...e, color: relationColor(e.type), weight: e.evidenceCount };
    if (e.directed) graph.addDirectedEdgeWithKey(e.id, e.source, e.target, attrs);
    else graph.addUndirectedEdgeWithKey(e.id, e.source, e.target, attrs);
    if (e.type === 'PLEDGE' && e.amountUsd !== null) {
      graph.updateNodeAttribute(e.source, 'pledgedUsd', (v) => (v ?? 0) + (e.amountUsd ?? 0));
      graph.updateNodeAttribute(e.target, 'receivedUsd', (v) => (v ?? 0) + (e.amountUsd ?? 0));
    }
  }
  graph.forEachNode((id) => {
    let first: string | null = null;
    let last: string | null = null;
    graph.forEachEdge(id, (_k, a) => {
      first = minDate(first, a.firstDate);
      last = maxDate(last, a.lastDate);
    });
    const degree = graph.degree(id);
    graph.mergeNodeAttributes(id, { degree, firstDate: first, lastDate: last, size: 3 + 2 * Math.sqrt(degree) });
  });
  return graph;
}

function describeFilter({ filter }: ExportNetwork): string {
  const parts = Object.entries(filter)
    .filter(([, v]) => v !== null && !(Array.isArray(v) && v.length === 0))
    .map(([k, v]) => `${k}=${Array.isArray(v) ? v.join(',') : String(v)}`);
  return parts.length ? `Vietnam tech-partnership network (${parts.join('; ')})` : 'Vietnam tech-partnership network';
}
