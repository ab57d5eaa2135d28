import { write } from 'graphology-gexf';
import { DOMParser, XMLSerializer } from '@xmldom/xmldom';
import type { ExportEdgeAttributes, ExportGraph, ExportNodeAttributes } from './build-graph.ts';
import { intervalEnd, intervalStart } from './dates.ts';

const LIST_SEPARATOR = '|';
/** graphology-gexf infers `integer` from whole numbers; money overflows Gephi's 32-bit integer. */
const DOUBLE_ATTRIBUTES = new Set(['pledgedUsd', 'receivedUsd', 'amount', 'amountUsd']);

/**
 * GEXF 1.3 in dynamic mode: graphology-gexf writes the nodes, edges, attributes and viz; it has no
 * notion of time, so each element's `start`/`end` (full days, `timeformat="date"`) are then set on
 * the written document through a DOM, never by string pasting. Gephi's timeline reads those.
 */
export function toGexf(graph: ExportGraph): string {
  const xml = write(graph, {
    version: '1.3',
    pretty: true,
    formatNode: (_key, a) => formatNode(a as ExportNodeAttributes),
    formatEdge: (_key, a) => formatEdge(a as ExportEdgeAttributes),
  });
  const doc = new DOMParser().parseFromString(xml, 'application/xml');
  const graphEl = doc.getElementsByTagName('graph')[0];
  if (!graphEl) throw new Error('graphology-gexf wrote no <graph> element');
  graphEl.setAttribute('mode', 'dynamic');
  graphEl.setAttribute('timeformat', 'date');
  graphEl.setAttribute('timerepresentation', 'interval');
  const declared = doc.getElementsByTagName('attribute');
  for (let i = 0; i < declared.length; i++) {
    const a = declared.item(i);
    if (a && DOUBLE_ATTRIBUTES.has(a.getAttribute('id') ?? '')) a.setAttribute('type', 'double');
  }
  setIntervals(doc.getElementsByTagName('node'), (id) => (graph.hasNode(id) ? graph.getNodeAttributes(id) : null));
  setIntervals(doc.getElementsByTagName('edge'), (id) => (graph.hasEdge(id) ? graph.getEdgeAttributes(id) : null));
  return new XMLSerializer().serializeToString(doc);
}

function setIntervals(
  elements: { length: number; item(i: number): { getAttribute(n: string): string | null; setAttribute(n: string, v: string): void } | null },
  datesOf: (id: string) => { firstDate: string | null; lastDate: string | null } | null,
): void {
  for (let i = 0; i < elements.length; i++) {
    const el = elements.item(i);
    const id = el?.getAttribute('id');
    if (!el || !id) continue;
    const d = datesOf(id);
    const start = d?.firstDate ? intervalStart(d.firstDate) : null;
    const end = d?.lastDate ? intervalEnd(d.lastDate) : null;
    if (start) el.setAttribute('start', start);
    if (end) el.setAttribute('end', end);
  }
}

function formatNode(a: ExportNodeAttributes) {
  return {
    label: a.label,
    attributes: {
      kind: a.kind,
      country: a.country,
      aliases: a.aliases.join(LIST_SEPARATOR),
      sectors: a.sectors.join(LIST_SEPARATOR),
      degree: a.degree,
      evidenceCount: a.evidenceCount,
      articleCount: a.articleCount,
      pledgedUsd: a.pledgedUsd,
      receivedUsd: a.receivedUsd,
      firstDate: a.firstDate,
      lastDate: a.lastDate,
    },
    viz: { color: a.color, size: a.size },
  };
}

function formatEdge(a: ExportEdgeAttributes) {
  return {
    label: a.role ? `${a.type} (${a.role})` : a.type,
    kind: a.type,
    weight: a.weight,
    attributes: {
      type: a.type,
      role: a.role,
      firstDate: a.firstDate,
      lastDate: a.lastDate,
      dates: a.dates.join(LIST_SEPARATOR),
      evidenceCount: a.evidenceCount,
      articleCount: a.articleCount,
      pledgeKind: a.pledgeKind,
      amount: a.amount,
      unit: a.unit,
      amountText: a.amountText,
      amountUsd: a.amountUsd,
      status: a.status,
      review: a.review ?? 'EXTRACTED',
    },
    viz: { color: a.color },
  };
}
