import type { ExportFile, ExportFormat, ExportNetwork } from './types.ts';
import { buildExportGraph } from './build-graph.ts';
import { toGexf } from './gexf.ts';
import { toGraphml } from './graphml.ts';
import { toEdgesCsv, toNodesCsv } from './csv.ts';
import { toCytoscapeJson, toGraphologyJson } from './json.ts';

/** The files one format produces: one for each, two (nodes.csv, edges.csv) for CSV. */
export function serializeNetwork(network: ExportNetwork, format: ExportFormat): ExportFile[] {
  const graph = buildExportGraph(network);
  switch (format) {
    case 'gexf':
      return [{ name: 'network.gexf', contentType: 'application/gexf+xml; charset=utf-8', body: toGexf(graph) }];
    case 'graphml':
      return [{ name: 'network.graphml', contentType: 'application/graphml+xml; charset=utf-8', body: toGraphml(graph) }];
    case 'csv':
      return [
        { name: 'nodes.csv', contentType: 'text/csv; charset=utf-8', body: toNodesCsv(graph) },
        { name: 'edges.csv', contentType: 'text/csv; charset=utf-8', body: toEdgesCsv(graph) },
      ];
    case 'json':
      return [{ name: 'network.json', contentType: 'application/json; charset=utf-8', body: toGraphologyJson(graph) }];
    case 'cyjs':
      return [{ name: 'network.cyjs', contentType: 'application/json; charset=utf-8', body: toCytoscapeJson(graph) }];
  }
}
