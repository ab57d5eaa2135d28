/** The side panel: an actor's or a link's relations and pledges, each with its quotes and articles. */
import { el, formatUsd } from './dom.ts';
import type { ActorDetails, DecisionRef, EvidenceItem, PathResult, PledgeItem, RelationItem } from './api.ts';

/** With an API token entered: what the reject / confirm buttons of a fact do. */
export interface ReviewActions {
  decide(kind: 'reject' | 'confirm', factKey: string): Promise<void>;
}

const REVIEW_WORDS: Record<string, string> = { CONFIRMED: '✓ confirmed', CORRECTED: '✎ corrected', REJECTED: '✗ rejected' };

/** How a person's decision shows on a fact: a badge (who, why), and the buttons when editing. */
function reviewParts(status: string, decision: DecisionRef | null, factKey: string, actions?: ReviewActions): Array<HTMLElement> {
  const parts: HTMLElement[] = [];
  const words = REVIEW_WORDS[status];
  if (words) {
    const who = decision ? ` by ${decision.editor}${decision.reason ? `: “${decision.reason}”` : ''}` : '';
    parts.push(el('div', { class: 'review-badge' }, `${words}${who}`));
  }
  if (actions) {
    const box = el('div', { class: 'review-actions' });
    for (const kind of ['confirm', 'reject'] as const) {
      if ((kind === 'confirm' && (status === 'CONFIRMED' || status === 'CORRECTED')) || (kind === 'reject' && status === 'REJECTED')) continue;
      const b = el('button', { type: 'button', class: `decide decide-${kind}`, 'data-fact': factKey }, kind === 'confirm' ? 'Confirm' : 'Reject');
      b.addEventListener('click', () => {
        b.setAttribute('disabled', '');
        void actions.decide(kind, factKey).finally(() => b.removeAttribute('disabled'));
      });
      box.append(b);
    }
    parts.push(box);
  }
  return parts;
}

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

export function relationBlock(r: RelationItem, actions?: ReviewActions): HTMLElement {
  const arrow = r.direction === 'UNDIRECTED' ? '—' : '→';
  return el('div', { class: `fact relation review-${r.status.toLowerCase()}`, 'data-type': r.type, 'data-key': r.key, 'data-status': r.status },
    el('span', { class: 'type' }, r.type.replaceAll('_', ' ').toLowerCase()), r.role ? ` (${r.role})` : '',
    el('div', {}, `${r.from.name} ${arrow} ${r.to.name}${dateSpan(r.firstDate, r.lastDate)}`),
    ...reviewParts(r.status, r.decision, r.key, actions),
    evidenceList(r.evidence));
}

export function pledgeBlock(p: PledgeItem, actions?: ReviewActions): HTMLElement {
  const amount = p.amountText ?? (p.amountUsd ? formatUsd(p.amountUsd) : 'amount not stated');
  const usd = p.amountUsd && p.amountText && !/USD|\$/.test(p.amountText) ? ` ≈ ${formatUsd(p.amountUsd)}` : '';
  const period = p.periodStart ? ` ${p.periodStart}${p.periodEnd && p.periodEnd !== p.periodStart ? `–${p.periodEnd}` : ''}` : p.year ? ` (${p.year})` : '';
  return el('div', { class: `fact pledge review-${p.review.toLowerCase()}`, 'data-key': p.key, 'data-fact': p.factKey, 'data-status': p.review },
    el('span', { class: 'type' }, `${p.kind.toLowerCase()} pledge`), ` · ${p.status.toLowerCase().replace('_', ' ')}`,
    el('div', {}, `${p.by.name} → ${p.to?.name ?? '—'}: ${amount}${usd}${period}`),
    p.sectors.length ? el('div', { class: 'source' }, `sectors: ${p.sectors.map((s) => s.name).join(', ')}`) : null,
    ...reviewParts(p.review, p.decision, p.factKey, actions),
    evidenceList(p.evidence));
}

export function renderActor(panel: HTMLElement, a: ActorDetails, notes: string[], onPick: (key: string) => void, actions?: ReviewActions): void {
  const partners = el('div', { class: 'partners' });
  for (const edge of a.partners.edges) {
    const who = el('button', { type: 'button', class: 'linkish', 'data-key': edge.node.key }, edge.node.name);
    who.addEventListener('click', () => onPick(edge.node.key));
    partners.append(el('h3', {}, who, el('span', { class: 'kind' }, ` ${edge.node.kind.toLowerCase()} · ${edge.weight} ${edge.weight === 1 ? 'quote' : 'quotes'}`)));
    for (const r of edge.relations) partners.append(relationBlock(r, actions));
  }
  const pledges = [...a.pledgesMade, ...a.pledgesReceived];
  panel.replaceChildren(
    el('h2', { id: 'details-title', 'data-key': a.key }, a.name),
    el('div', { class: 'kind' }, [a.kind.toLowerCase(), a.country ? `based in ${a.country.name}` : ''].filter(Boolean).join(' · ')),
    ...(a.aliases.length ? [el('div', { class: 'source' }, `also: ${a.aliases.filter((x) => x !== a.name).slice(0, 8).join('; ')}`)] : []),
    ...(a.sectors.length ? [el('div', { class: 'source' }, `sectors: ${a.sectors.map((s) => s.name).join(', ')}`)] : []),
    ...notes.map((n) => el('p', { class: 'notice' }, n)),
    el('h2', {}, `Pledges (${pledges.length})`),
    ...(pledges.length ? pledges.map((p) => pledgeBlock(p, actions)) : [el('p', { class: 'hint' }, 'none recorded')]),
    el('h2', {}, `Relations (${a.partners.edges.length} partners)`),
    a.partners.edges.length ? partners : el('p', { class: 'hint' }, 'none recorded'),
  );
}

/** A drawn link: the relations and pledges between its two actors. */
export function renderLink(panel: HTMLElement, a: ActorDetails, otherKey: string, otherName: string, actions?: ReviewActions): void {
  const partner = a.partners.edges.find((e) => e.node.key === otherKey);
  const pledges = [...a.pledgesMade, ...a.pledgesReceived].filter((p) => p.by.key === otherKey || p.to?.key === otherKey);
  const blocks = [...(partner?.relations.map((r) => relationBlock(r, actions)) ?? []), ...pledges.map((p) => pledgeBlock(p, actions))];
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
