import type { ExportGraph } from './build-graph.ts';

/** graphology's own serialisation (`Graph.from(json)` reads it back). */
export function toGraphologyJson(graph: ExportGraph): string {
  return JSON.stringify(graph.export());
}

/** Cytoscape.js / Cytoscape desktop (.cyjs) elements JSON. */
export function toCytoscapeJson(graph: ExportGraph): string {
  const nodes: Array<{ data: Record<string, unknown> }> = [];
  const edges: Array<{ data: Record<string, unknown> }> = [];
  graph.forEachNode((id, a) => nodes.push({ data: { ...a, id, name: a.label } }));
  graph.forEachEdge((id, a, source, target, _sa, _ta, undirected) =>
    edges.push({ data: { ...a, id, source, target, interaction: a.type, directed: !undirected } }));
  return JSON.stringify({
    format_version: '1.0',
    generated_by: 'vn-tech-graph',
    data: { name: graph.getAttribute('description') },
    elements: { nodes, edges },
  });
}
