/** What is drawn: a capped, undirected display graph laid out with ForceAtlas2 (no DOM needed). */
import { UndirectedGraph } from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import { circular } from 'graphology-layout';
import { kindColor, relationColor } from '../../../src/core/export/palette.ts';
import type { NetEdge, NetNode } from './api.ts';

export const MAX_NODES = 500;

export interface NodeAttrs { label: string; kind: string; color: string; size: number; x: number; y: number; degree: number; usd: number }
/** One drawn link per pair of actors; `facts` are the relations and pledges between them. At least 3 px
 * thick: sigma picks edges on a half-resolution buffer, where thinner lines are hard to click. */
export interface EdgeAttrs { color: string; size: number; facts: NetEdge[] }
export type DisplayGraph = UndirectedGraph<NodeAttrs, EdgeAttrs>;

export interface Drawn { graph: DisplayGraph; totalNodes: number; totalEdges: number; capped: boolean }

export const pairKey = (a: string, b: string) => (a < b ? `${a}|${b}` : `${b}|${a}`);

/** The top MAX_NODES actors by degree and the facts among them, as one link per pair. */
export function buildDisplayGraph(nodes: NetNode[], edges: NetEdge[], sizeBy: 'degree' | 'usd'): Drawn {
  const kept = [...nodes].sort((a, b) => b.degree - a.degree || a.id.localeCompare(b.id)).slice(0, MAX_NODES);
  const graph: DisplayGraph = new UndirectedGraph({ allowSelfLoops: false });
  for (const n of kept) {
    const kind = n.actor?.kind.toLowerCase() ?? 'unknown';
    graph.addNode(n.id, { label: n.actor?.name ?? n.id, kind, color: kindColor(kind), size: 1, x: 0, y: 0, degree: 0, usd: 0 });
  }
  for (const e of edges) {
    if (e.source === e.target || !graph.hasNode(e.source) || !graph.hasNode(e.target)) continue;
    const key = pairKey(e.source, e.target);
    if (graph.hasEdge(key)) graph.updateEdgeAttribute(key, 'facts', (f) => [...(f ?? []), e]);
    else graph.addUndirectedEdgeWithKey(key, e.source, e.target, { color: '', size: 1, facts: [e] });
    if (e.type === 'PLEDGE' && e.amountUsd) graph.updateNodeAttribute(e.source, 'usd', (u) => (u ?? 0) + (e.amountUsd ?? 0));
  }
  graph.forEachEdge((key, a) => {
    const heaviest = [...a.facts].sort((x, y) => y.weight - x.weight)[0]!;
    const weight = a.facts.reduce((s, f) => s + f.weight, 0);
    graph.mergeEdgeAttributes(key, { color: relationColor(heaviest.type), size: Math.min(7, 2 + Math.log2(1 + weight)) });
  });
  graph.forEachNode((id, a) => {
    const degree = graph.degree(id);
    const size = sizeBy === 'usd' ? 3 + 3 * Math.log10(1 + a.usd / 1e6) : 3 + 2 * Math.sqrt(degree);
    graph.mergeNodeAttributes(id, { degree, size });
  });
  if (graph.order > 0) {
    circular.assign(graph);
    forceAtlas2.assign(graph, {
      iterations: graph.order > 200 ? 80 : 150,
      settings: { ...forceAtlas2.inferSettings(graph), barnesHutOptimize: graph.order > 200, adjustSizes: false },
    });
  }
  return { graph, totalNodes: nodes.length, totalEdges: edges.length, capped: nodes.length > kept.length };
}
