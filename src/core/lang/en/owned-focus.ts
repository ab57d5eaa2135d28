/**
 * FOCUSES_ON in English for the owner of a sector's facility or product: "Viettel's AI data
 * centre", "an AI data center owned by Viettel Group", "chips designed by Marvell". What a company
 * owns, runs or makes in a sector is its line of business; countries and places are never owners here.
 */
import type { ActorSpan } from '../../actors/types.ts';
import type { SentenceView } from '../../relations/clause-view.ts';
import { evidenceOf, type RelationDraft } from '../../relations/relation-draft.ts';
import type { SectorHit } from '../../sectors/sector-matcher.ts';

const OWNERS = new Set(['company']);
/** "Viettel's new AI data centre": the possessive and at most three words before the sector. */
const POSSESSIVE = /^[’']s\s+(?:[\p{L}\p{N}-]+\s+){0,3}$/u;
/** "… data centre owned by the Vietnamese military-owned Viettel Group". */
const OWNED_BY = /^(?:\s+[\p{L}\p{N}-]+){0,3}?\s+(?:owned|operated|run|built|developed|designed|made|produced)\s+by\s+(?:[\p{L}-]+\s+){0,3}$/u;
const MAX_GAP = 60;

function push(out: RelationDraft[], text: string, m: ActorSpan, target: string, range: { start: number; end: number }): void {
  out.push({ type: 'FOCUSES_ON', from: m.actor.id, to: target, role: null, date: null, evidence: evidenceOf(text, range, 'en-focus-owned', 0.55) });
}

export function findEnglishOwnedFocus(text: string, view: SentenceView, sectors: readonly SectorHit[], headline: (id: string) => string | null): RelationDraft[] {
  const out: RelationDraft[] = [];
  const low = view.lowered;
  for (const s of sectors) {
    const target = headline(s.sector.id);
    if (!target || s.sector.id === 'education-training') continue;
    const before = view.mentions.filter((m) => m.end <= s.start && s.start - m.end <= MAX_GAP).at(-1);
    if (before && OWNERS.has(before.actor.kind) && POSSESSIVE.test(low.slice(before.end, s.start))) push(out, text, before, target, { start: before.start, end: s.end });
    const after = view.mentions.find((m) => m.start >= s.end && m.start - s.end <= MAX_GAP);
    if (after && OWNERS.has(after.actor.kind) && OWNED_BY.test(low.slice(s.end, after.start))) push(out, text, after, target, { start: s.start, end: after.end });
  }
  return out;
}
