/** The explorer page: filters → network(filter) → sigma; search, details and paths via the API. */
import type Sigma from 'sigma';
import { KIND_COLORS, RELATION_COLORS } from '../../../src/core/export/palette.ts';
import { ACTOR, CHOICES, DECIDE, NETWORK, PATHS, SEARCH, gql, type ActorDetails, type NetEdge, type NetNode, type PathResult, type SearchHit } from './api.ts';
import { $, el } from './dom.ts';
import { MAX_NODES, buildDisplayGraph, pairKey, type Drawn, type EdgeAttrs, type NodeAttrs } from './display-graph.ts';
import { createRenderer, type Highlight } from './render.ts';
import { renderActor, renderLink, renderPaths, type ReviewActions } from './details.ts';

/** Edges asked of the API: the best-evidenced first, so the cap keeps the strongest part. */
const EDGE_LIMIT = 3000;
const EDGE_TYPES = Object.keys(RELATION_COLORS).filter((t) => t !== 'FOCUSES_ON');

const graphBox = $('#graph');
const status = $('#status');
const details = $('#details');
const filters = $<HTMLFormElement>('#filters');
const hl: Highlight = { focused: null, path: null };
let drawn: Drawn | null = null;
let renderer: Sigma<NodeAttrs, EdgeAttrs> | null = null;
/** The API token a person entered: kept in this page's memory only (never stored), sent only with decisions. */
let token: string | null = null;
/** Shows the details panel's current actor or link again (after a decision). */
let refreshDetails: (() => Promise<void>) | null = null;

function currentFilter(): { sector: string; country: string; since: string; until: string; types: string[] | null } {
  const f = new FormData(filters);
  const checked = EDGE_TYPES.filter((t) => f.getAll('type').includes(t));
  return {
    sector: String(f.get('sector') ?? ''), country: String(f.get('country') ?? ''),
    since: String(f.get('since') ?? '').trim(), until: String(f.get('until') ?? '').trim(),
    types: checked.length === EDGE_TYPES.length ? null : checked,
  };
}

function queryString(): string {
  const f = currentFilter();
  const q = new URLSearchParams();
  for (const k of ['sector', 'country', 'since', 'until'] as const) if (f[k]) q.set(k, f[k]);
  if (f.types) q.set('types', f.types.join(','));
  return q.toString();
}

function renderExportLinks(): void {
  const qs = queryString();
  const links = [['network.gexf', 'GEXF (Gephi)'], ['network.graphml', 'GraphML'], ['nodes.csv', 'nodes.csv'], ['edges.csv', 'edges.csv'], ['network.json', 'graphology JSON'], ['network.cyjs', 'Cytoscape JSON']];
  $('#export-links').replaceChildren(...links.flatMap(([file, label], i) => [i ? ' · ' : '', el('a', { href: `/export/${file}${qs ? `?${qs}` : ''}`, download: file! }, label!)]));
}

function renderLegend(d: Drawn): void {
  const kinds = new Set<string>();
  const types = new Set<string>();
  d.graph.forEachNode((_n, a) => kinds.add(a.kind));
  d.graph.forEachEdge((_e, a) => a.facts.forEach((f) => types.add(f.type)));
  const sizeBy = new FormData(filters).get('sizeBy') === 'usd' ? 'pledged USD' : 'number of links';
  $('#legend').replaceChildren(
    el('h3', {}, 'Actors'), el('div', {}, ...Object.entries(KIND_COLORS).filter(([k]) => kinds.has(k)).flatMap(([k, c]) => [el('span', { class: 'sw dot', style: `background:${c}` }), k])),
    el('h3', {}, 'Links (colour of the best-evidenced relation)'), el('div', {}, ...Object.entries(RELATION_COLORS).filter(([t]) => types.has(t)).flatMap(([t, c]) => [el('span', { class: 'sw line', style: `background:${c}` }), t.replaceAll('_', ' ').toLowerCase()])),
    el('div', { class: 'hint' }, `Size: ${sizeBy}; thickness: quotes.`),
  );
}

async function loadNetwork(): Promise<void> {
  const f = currentFilter();
  graphBox.dataset.state = 'loading';
  status.textContent = 'Loading the network…';
  history.replaceState(null, '', `/explore${queryString() ? `?${queryString()}` : ''}`);
  renderExportLinks();
  const filter = { sector: f.sector || null, country: f.country || null, since: f.since || null, until: f.until || null, types: f.types, limit: EDGE_LIMIT };
  let data: { network: { nodes: NetNode[]; edges: NetEdge[] } };
  try {
    data = await gql(NETWORK, { filter });
  } catch (e) {
    const retry = el('button', { type: 'button' }, 'Retry');
    retry.addEventListener('click', () => void loadNetwork());
    status.replaceChildren(`Could not load the network: ${(e as Error).message} `, retry);
    status.className = 'error';
    graphBox.dataset.state = 'error';
    return;
  }
  status.className = '';
  renderer?.kill();
  hl.focused = null;
  hl.path = null;
  drawn = buildDisplayGraph(data.network.nodes, data.network.edges, new FormData(filters).get('sizeBy') === 'usd' ? 'usd' : 'degree');
  renderer = createRenderer(graphBox, drawn.graph, hl);
  renderer.on('clickNode', ({ node }) => void focusActor(node));
  renderer.on('clickEdge', ({ edge }) => void showLink(edge));
  renderer.on('clickStage', ({ event }) => {
    // Sigma picks links on a half-resolution buffer and thin ones slip through: take the nearest
    // visible link within a few pixels as the one meant, else clear the focus.
    const near = renderer && drawn ? nearestLink(renderer, drawn, event.x, event.y, 6) : null;
    if (near) return void showLink(near);
    hl.focused = null;
    renderer?.refresh();
    graphBox.dataset.focused = '';
  });
  const { graph, totalNodes, totalEdges, capped } = drawn;
  const parts = [`${graph.order} actors and ${graph.size} links drawn`];
  if (capped) parts.push(`only the ${MAX_NODES} most connected of ${totalNodes} actors are drawn`);
  if (totalEdges >= EDGE_LIMIT) parts.push(`only the ${EDGE_LIMIT} best-evidenced relations and pledges were fetched`);
  if (capped || totalEdges >= EDGE_LIMIT) parts.push('narrow the filters, or export for everything');
  status.textContent = graph.order ? `${parts.join('; ')}.` : 'Nothing matches these filters.';
  $('#actor-names').replaceChildren(...graph.mapNodes((_n, a) => el('option', { value: a.label })));
  renderLegend(drawn);
  graphBox.dataset.nodes = String(graph.order);
  graphBox.dataset.edges = String(graph.size);
  graphBox.dataset.state = 'drawn';
}

function isVisible(edge: string, g: Drawn['graph']): boolean {
  if (hl.path) return hl.path.edges.has(edge);
  return !hl.focused || g.hasExtremity(edge, hl.focused);
}

function nearestLink(r: Sigma<NodeAttrs, EdgeAttrs>, d: Drawn, x: number, y: number, maxPx: number): string | null {
  let best: string | null = null;
  let bestDist = maxPx;
  d.graph.forEachEdge((edge, _a, _s, _t, sa, ta) => {
    if (!isVisible(edge, d.graph)) return;
    const p = r.graphToViewport({ x: sa.x, y: sa.y });
    const q = r.graphToViewport({ x: ta.x, y: ta.y });
    const dx = q.x - p.x;
    const dy = q.y - p.y;
    const len2 = dx * dx + dy * dy || 1;
    const t = Math.max(0, Math.min(1, ((x - p.x) * dx + (y - p.y) * dy) / len2));
    const dist = Math.hypot(x - (p.x + t * dx), y - (p.y + t * dy));
    if (dist <= bestDist) { bestDist = dist; best = edge; }
  });
  return best;
}

async function loadActor(key: string): Promise<ActorDetails> {
  // With a token (editing), rejected facts are shown too, struck through, so they can be seen and judged.
  return (await gql<{ actor: ActorDetails }>(ACTOR, { id: key, inc: token !== null })).actor;
}

function reviewActions(): ReviewActions | undefined {
  if (!token) return undefined;
  return {
    async decide(kind, factKey) {
      const editorStatus = $('#editor-status');
      const reason = $<HTMLInputElement>('#review-reason').value.trim() || null;
      try {
        const made = await gql<Record<string, { editor: string }>>(DECIDE[kind], { i: { fact: factKey, reason } }, token);
        const who = Object.values(made)[0]?.editor ?? '';
        editorStatus.textContent = `${kind === 'reject' ? 'Rejected' : 'Confirmed'} as ${who}.`;
        editorStatus.className = '';
        await refreshDetails?.();
      } catch (e) {
        editorStatus.textContent = (e as Error).message;
        editorStatus.className = 'error';
      }
    },
  };
}

function wireEditor(): void {
  const form = $<HTMLFormElement>('#editor');
  const input = $<HTMLInputElement>('#token');
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    token = input.value.trim() || null;
    input.value = '';
    $('#editor-status').textContent = token ? 'Token entered (kept in this page only): click an actor or link to confirm or reject its facts.' : 'No token: viewing only.';
    $('#editor-status').className = '';
    document.body.dataset.editing = token ? 'yes' : 'no';
    void refreshDetails?.();
  });
  $('#token-forget').addEventListener('click', () => {
    token = null;
    document.body.dataset.editing = 'no';
    $('#editor-status').textContent = 'Token forgotten: viewing only.';
    void refreshDetails?.();
  });
}

/** Centres and highlights an actor (when drawn) and shows its relations and pledges. */
async function focusActor(key: string): Promise<void> {
  hl.path = null;
  const isDrawn = drawn?.graph.hasNode(key) ?? false;
  hl.focused = isDrawn ? key : null;
  renderer?.refresh();
  details.dataset.state = 'loading';
  if (isDrawn && renderer) {
    const pos = renderer.getNodeDisplayData(key);
    if (pos) await renderer.getCamera().animate({ x: pos.x, y: pos.y, ratio: 0.7 }, { duration: 300 });
  }
  graphBox.dataset.focused = key;
  const show = async () => {
    const actor = await loadActor(key);
    renderActor(details, actor, isDrawn ? [] : ['This actor is not in the drawn view (filters or the drawing cap).'], (k) => void focusActor(k), reviewActions());
    details.dataset.state = 'actor';
  };
  refreshDetails = show;
  try {
    await show();
  } catch (e) {
    details.replaceChildren(el('p', { class: 'error' }, (e as Error).message));
    details.dataset.state = 'error';
  }
}

async function showLink(edgeKey: string): Promise<void> {
  if (!drawn) return;
  const [a, b] = drawn.graph.extremities(edgeKey);
  details.dataset.state = 'loading';
  const label = drawn.graph.getNodeAttribute(b, 'label');
  const show = async () => {
    renderLink(details, await loadActor(a), b, label, reviewActions());
    details.dataset.state = 'link';
  };
  refreshDetails = show;
  try {
    await show();
  } catch (e) {
    details.replaceChildren(el('p', { class: 'error' }, (e as Error).message));
  }
}

async function searchActors(text: string): Promise<SearchHit[]> {
  if (text.trim().length < 2) return [];
  return (await gql<{ search: SearchHit[] }>(SEARCH, { text })).search.filter((h) => h.node.key);
}

function wireSearch(): void {
  const form = $<HTMLFormElement>('#search');
  const input = $<HTMLInputElement>('#search-text');
  const list = $('#search-results');
  let seq = 0;
  const show = async () => {
    const mine = ++seq;
    const hits = await searchActors(input.value).catch(() => []);
    if (mine !== seq) return;
    list.replaceChildren(...hits.map((h) => {
      const b = el('button', { type: 'button', 'data-key': h.node.key! }, h.name, el('span', { class: 'kind' }, ` ${h.kind.toLowerCase()}`));
      b.addEventListener('click', () => void focusActor(h.node.key!));
      return el('li', {}, b);
    }));
    return hits;
  };
  let timer: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => { clearTimeout(timer); timer = setTimeout(() => void show(), 200); });
  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    clearTimeout(timer);
    const hits = (await show()) ?? [];
    // The API ranks by name match; prefer the best hit that is in the drawing (an actor with links).
    const best = hits.find((h) => drawn?.graph.hasNode(h.node.key!)) ?? hits[0];
    if (best?.node.key) await focusActor(best.node.key);
  });
}

/** A drawn label (as picked from the list), else the API's best search hit. */
async function resolveActor(text: string): Promise<{ key: string; name: string } | null> {
  const t = text.trim();
  if (!t) return null;
  let found: { key: string; name: string } | null = null;
  drawn?.graph.forEachNode((k, a) => { if (!found && (a.label === t || k === t)) found = { key: k, name: a.label }; });
  if (found) return found;
  const hit = (await searchActors(t))[0];
  return hit ? { key: hit.node.key!, name: hit.name } : null;
}

function wirePath(): void {
  const form = $<HTMLFormElement>('#path');
  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    const f = new FormData(form);
    const [from, to] = await Promise.all([resolveActor(String(f.get('from') ?? '')), resolveActor(String(f.get('to') ?? ''))]);
    if (!from || !to) {
      details.replaceChildren(el('p', { class: 'error' }, `No actor found for ${!from ? 'A' : 'B'}.`));
      return;
    }
    try {
      const { paths } = await gql<{ paths: PathResult[] }>(PATHS, { from: from.key, to: to.key });
      const nodes = new Set(paths.flatMap((p) => p.actors.map((a) => a.key)));
      const edges = new Set(paths.flatMap((p) => p.hops.map((h) => pairKey(h.from.key, h.to.key))));
      const missing = [...nodes].filter((n) => !drawn?.graph.hasNode(n)).length;
      hl.focused = null;
      hl.path = paths.length ? { nodes, edges } : null;
      renderer?.refresh();
      refreshDetails = null;
      renderPaths(details, paths, from.name, to.name, missing);
      details.dataset.state = 'path';
    } catch (e) {
      details.replaceChildren(el('p', { class: 'error' }, (e as Error).message));
    }
  });
  $('#path-clear').addEventListener('click', () => { hl.path = null; renderer?.refresh(); });
}

async function fillChoices(): Promise<void> {
  const sector = filters.elements.namedItem('sector') as HTMLSelectElement;
  const country = filters.elements.namedItem('country') as HTMLSelectElement;
  try {
    const c = await gql<{ sectors: Array<{ key: string; name: string; nameVi: string | null }>; actors: { edges: Array<{ node: { key: string; name: string } }> } }>(CHOICES);
    sector.append(...c.sectors.map((s) => el('option', { value: s.key }, s.nameVi ? `${s.name} (${s.nameVi})` : s.name)));
    country.append(...c.actors.edges.map((e) => el('option', { value: e.node.key }, e.node.name)));
  } catch {
    status.textContent = 'Could not load the sector and country lists.';
  }
}

async function init(): Promise<void> {
  const typesBox = $('#types');
  for (const t of EDGE_TYPES) {
    typesBox.append(el('label', {}, el('input', { type: 'checkbox', name: 'type', value: t, checked: '' }), ` ${t.replaceAll('_', ' ').toLowerCase()}`));
  }
  await fillChoices();
  const params = new URLSearchParams(location.search);
  for (const k of ['sector', 'country', 'since', 'until']) {
    const v = params.get(k);
    const field = filters.elements.namedItem(k) as HTMLInputElement | HTMLSelectElement | null;
    if (v && field) field.value = v;
  }
  const types = params.get('types')?.split(',');
  if (types) for (const box of typesBox.querySelectorAll<HTMLInputElement>('input[name=type]')) box.checked = types.includes(box.value);
  filters.addEventListener('submit', (ev) => { ev.preventDefault(); if (filters.reportValidity()) void loadNetwork(); });
  wireSearch();
  wirePath();
  wireEditor();
  await loadNetwork();
}

/** For the browser test: where a drawn actor is on screen (CSS pixels inside #graph). */
(window as unknown as { __explorer: unknown }).__explorer = {
  viewportPosition(key: string): { x: number; y: number } | null {
    if (!renderer || !drawn?.graph.hasNode(key)) return null;
    const a = drawn.graph.getNodeAttributes(key);
    return renderer.graphToViewport({ x: a.x, y: a.y });
  },
};

void init();
