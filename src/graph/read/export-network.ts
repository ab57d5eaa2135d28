import { z } from 'zod';
import type { ExportFilter, ExportNetwork } from '../../core/export/types.ts';
import { int, optNum, optStr, readRows, strList, type ReadRunner } from './rows.ts';

const EdgeRow = z.object({
  id: z.string(),
  type: z.string(),
  source: z.string(),
  target: z.string(),
  role: optStr,
  firstDate: optStr,
  lastDate: optStr,
  dates: strList,
  evidenceCount: int,
  articleCount: int,
  pledgeKind: optStr,
  amount: optNum,
  unit: optStr,
  amountText: optStr,
  amountUsd: optNum,
  status: optStr,
  review: z.string(),
});

const NodeRow = z.object({
  id: z.string(),
  label: z.string(),
  kind: z.string(),
  country: optStr,
  aliases: strList,
  sectors: strList,
  evidenceCount: int,
  articleCount: int,
});

/** Relations stored once and read without direction (see src/graph/README.md). */
const UNDIRECTED = new Set(['MEETS', 'PARTNERS_WITH']);

/**
 * The network to export: the facts matching the filter (same filter meaning as `network(filter)`,
 * with `PLEDGE` as a type), and the actors at their ends. Two queries, whatever the size.
 */
export async function readExportNetwork(tx: ReadRunner, filter: ExportFilter): Promise<ExportNetwork> {
  const edgeRows = await readRows(tx, 'read/export-edges', { ...filter, includeRejected: filter.includeRejected ?? false }, EdgeRow);
  const ids = [...new Set(edgeRows.flatMap((e) => [e.source, e.target]))];
  const nodes = ids.length ? await readRows(tx, 'read/export-nodes', { ids }, NodeRow) : [];
  const edges = edgeRows.map((e) => ({ ...e, directed: !UNDIRECTED.has(e.type) }));
  return { nodes, edges, filter };
}
