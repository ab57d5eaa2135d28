/** Rendering with sigma (WebGL): highlight of a focused actor or a path through reducers. */
import Sigma from 'sigma';
import type { DisplayGraph, EdgeAttrs, NodeAttrs } from './display-graph.ts';

export interface Highlight { focused: string | null; path: { nodes: Set<string>; edges: Set<string> } | null }

const FADED = '#e3e3e3';

export function createRenderer(container: HTMLElement, graph: DisplayGraph, hl: Highlight): Sigma<NodeAttrs, EdgeAttrs> {
  return new Sigma<NodeAttrs, EdgeAttrs>(graph, container, {
    enableEdgeEvents: true,
    renderEdgeLabels: false,
    labelRenderedSizeThreshold: 7,
    labelFont: 'system-ui, sans-serif',
    zIndex: true,
    nodeReducer: (node, data) => {
      const res: Record<string, unknown> = { ...data };
      if (hl.path) {
        if (hl.path.nodes.has(node)) Object.assign(res, { highlighted: true, forceLabel: true, zIndex: 2 });
        else Object.assign(res, { color: FADED, label: '', zIndex: 0 });
      } else if (hl.focused) {
        if (node === hl.focused) Object.assign(res, { highlighted: true, forceLabel: true, zIndex: 2 });
        else if (graph.areNeighbors(node, hl.focused)) Object.assign(res, { forceLabel: true, zIndex: 1 });
        else Object.assign(res, { color: FADED, label: '', zIndex: 0 });
      }
      return res;
    },
    edgeReducer: (edge, data) => {
      const res: Record<string, unknown> = { ...data };
      if (hl.path) {
        if (hl.path.edges.has(edge)) Object.assign(res, { size: 4, zIndex: 2 });
        else res.hidden = true;
      } else if (hl.focused && !graph.hasExtremity(edge, hl.focused)) {
        res.hidden = true;
      }
      return res;
    },
  });
}
