/** The side panel: an actor's or a link's relations and pledges, each with its quotes and articles. */
import { el, formatUsd } from './dom.ts';
import type { ActorDetails, EvidenceItem, PathResult, PledgeItem, RelationItem } from './api.ts';

const MAX_QUOTES = 3;

function evidenceList(items: EvidenceItem[]): HTMLElement {
  const box = el('div', { class: 'evidence' });
  for (const ev of items.slice(0, MAX_QUOTES)) {
    const a = ev.article;
    const title = a.url ? el('a', { href: a.url, target: '_blank', rel: 'noopener noreferrer' }, a.title) : el('span', {}, a.title);
    const meta = [a.outlet, a.published].filter(Boolean).join(', ');
    box.append(
      el('blockquote', { class: 'evidence-quote' }, `“${ev.quote}”`),
      el('div', { class: 'source' }, '— ', el('cite', { class: 'article-title', 'data-article': a.key }, title), meta ? ` (${meta})` : ''),
    );
  }
  if (items.length > MAX_QUOTES) box.append(el('div', { class: 'source' }, `and ${items.length - MAX_QUOTES} more quotes`));
  return box;
}

const dateSpan = (first: string | null, last: string | null) => (first ? (last && last !== first ? ` ${first} – ${last}` : ` ${first}`) : '');

export function relationBlock(r: RelationItem): HTMLElement {
  const arrow = r.direction === 'UNDIRECTED' ? '—' : '→';
  return el('div', { class: 'fact relation', 'data-type': r.type },
    el('span', { class: 'type' }, r.type.replaceAll('_', ' ').toLowerCase()), r.role ? ` (${r.role})` : '',
    el('div', {}, `${r.from.name} ${arrow} ${r.to.name}${dateSpan(r.firstDate, r.lastDate)}`),
    evidenceList(r.evidence));
}

export function pledgeBlock(p: PledgeItem): HTMLElement {
  const amount = p.amountText ?? (p.amountUsd ? formatUsd(p.amountUsd) : 'amount not stated');
  const usd = p.amountUsd && p.amountText && !/USD|\$/.test(p.amountText) ? ` ≈ ${formatUsd(p.amountUsd)}` : '';
  const period = p.periodStart ? ` ${p.periodStart}${p.periodEnd && p.periodEnd !== p.periodStart ? `–${p.periodEnd}` : ''}` : p.year ? ` (${p.year})` : '';
  return el('div', { class: 'fact pledge', 'data-key': p.key },
    el('span', { class: 'type' }, `${p.kind.toLowerCase()} pledge`), ` · ${p.status.toLowerCase().replace('_', ' ')}`,
    el('div', {}, `${p.by.name} → ${p.to?.name ?? '—'}: ${amount}${usd}${period}`),
    p.sectors.length ? el('div', { class: 'source' }, `sectors: ${p.sectors.map((s) => s.name).join(', ')}`) : null,
    evidenceList(p.evidence));
}

export function renderActor(panel: HTMLElement, a: ActorDetails, notes: string[], onPick: (key: string) => void): void {
  const partners = el('div', { class: 'partners' });
  for (const edge of a.partners.edges) {
    const who = el('button', { type: 'button', class: 'linkish', 'data-key': edge.node.key }, edge.node.name);
    who.addEventListener('click', () => onPick(edge.node.key));
    partners.append(el('h3', {}, who, el('span', { class: 'kind' }, ` ${edge.node.kind.toLowerCase()} · ${edge.weight} ${edge.weight === 1 ? 'quote' : 'quotes'}`)));
    for (const r of edge.relations) partners.append(relationBlock(r));
  }
  const pledges = [...a.pledgesMade, ...a.pledgesReceived];
  panel.replaceChildren(
    el('h2', { id: 'details-title', 'data-key': a.key }, a.name),
    el('div', { class: 'kind' }, [a.kind.toLowerCase(), a.country ? `based in ${a.country.name}` : ''].filter(Boolean).join(' · ')),
    ...(a.aliases.length ? [el('div', { class: 'source' }, `also: ${a.aliases.filter((x) => x !== a.name).slice(0, 8).join('; ')}`)] : []),
    ...(a.sectors.length ? [el('div', { class: 'source' }, `sectors: ${a.sectors.map((s) => s.name).join(', ')}`)] : []),
    ...notes.map((n) => el('p', { class: 'notice' }, n)),
    el('h2', {}, `Pledges (${pledges.length})`),
    ...(pledges.length ? pledges.map(pledgeBlock) : [el('p', { class: 'hint' }, 'none recorded')]),
    el('h2', {}, `Relations (${a.partners.edges.length} partners)`),
    a.partners.edges.length ? partners : el('p', { class: 'hint' }, 'none recorded'),
  );
}

/** A drawn link: the relations and pledges between its two actors. */
export function renderLink(panel: HTMLElement, a: ActorDetails, otherKey: string, otherName: string): void {
  const partner = a.partners.edges.find((e) => e.node.key === otherKey);
  const pledges = [...a.pledgesMade, ...a.pledgesReceived].filter((p) => p.by.key === otherKey || p.to?.key === otherKey);
  const blocks = [...(partner?.relations.map(relationBlock) ?? []), ...pledges.map(pledgeBlock)];
  panel.replaceChildren(
    el('h2', { id: 'details-title', 'data-key': `${a.key}|${otherKey}` }, `${a.name} — ${otherName}`),
    ...(blocks.length ? blocks : [el('p', { class: 'hint' }, 'No details returned for this link.')]),
  );
}

export function renderPaths(panel: HTMLElement, paths: PathResult[], fromName: string, toName: string, missing: number): void {
  if (!paths.length) {
    panel.replaceChildren(el('h2', { id: 'details-title' }, 'No path'), el('p', {}, `No chain of at most 4 relations links ${fromName} and ${toName}.`));
    return;
  }
  const blocks: HTMLElement[] = [];
  paths.forEach((p, i) => {
    blocks.push(el('h3', {}, `Path ${i + 1}: ${p.actors.map((x) => x.name).join(' → ')}`));
    for (const hop of p.hops) blocks.push(relationBlock(hop.relation));
  });
  panel.replaceChildren(
    el('h2', { id: 'details-title' }, `${paths.length} shortest path${paths.length > 1 ? 's' : ''} (${paths[0]!.length} hops)`),
    ...(missing ? [el('p', { class: 'notice' }, `${missing} actor(s) on these paths are not in the drawn view.`)] : []),
    ...blocks,
  );
}
