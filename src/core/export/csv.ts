import { stringify } from 'csv-stringify/sync';
import type { ExportGraph } from './build-graph.ts';

const NODE_COLUMNS = ['id', 'label', 'kind', 'country', 'aliases', 'sectors', 'degree', 'evidenceCount', 'articleCount',
  'pledgedUsd', 'receivedUsd', 'firstDate', 'lastDate'] as const;
const EDGE_COLUMNS = ['id', 'source', 'target', 'relation', 'directed', 'role', 'weight', 'evidenceCount', 'articleCount',
  'firstDate', 'lastDate', 'dates', 'pledgeKind', 'amount', 'unit', 'amountText', 'amountUsd', 'status', 'review'] as const;

const cell = (v: unknown): string | number | boolean => {
  if (v === null || v === undefined) return '';
  if (Array.isArray(v)) return v.join('|');
  return v as string | number | boolean;
};

/** nodes.csv: one actor a row; lists are `|`-joined; empty cells for unknowns. */
export function toNodesCsv(graph: ExportGraph): string {
  const rows: Array<Array<string | number | boolean>> = [];
  graph.forEachNode((id, a) => {
    const rec: Record<string, unknown> = { ...a, id };
    rows.push(NODE_COLUMNS.map((c) => cell(rec[c])));
  });
  return stringify(rows, { header: true, columns: [...NODE_COLUMNS] });
}

/** edges.csv: one fact a row (`relation` is the relation type or PLEDGE); `weight` = evidence count. */
export function toEdgesCsv(graph: ExportGraph): string {
  const rows: Array<Array<string | number | boolean>> = [];
  graph.forEachEdge((id, a, source, target, _sa, _ta, undirected) => {
    const rec: Record<string, unknown> = { ...a, id, source, target, relation: a.type, directed: !undirected };
    rows.push(EDGE_COLUMNS.map((c) => cell(rec[c])));
  });
  return stringify(rows, { header: true, columns: [...EDGE_COLUMNS], cast: { boolean: (b) => (b ? 'true' : 'false') } });
}
