/**
 * FOCUSES_ON from a name that states its sector: "Trung tâm Đổi mới sáng tạo Quốc gia", "Vietnam
 * Posts and Telecommunications Group", "Haimaker.ai". A name is not evidence on its own (a ministry
 * named "… and Technology" is not a tech business), so the focus counts only when the article also
 * names that sector outside names, as a domain of what it reports.
 */
import type { Token } from '../actors/tokenize.ts';
import type { ActorSpan } from '../actors/types.ts';
import { scanSectors, type CompiledSectors } from '../sectors/sector-matcher.ts';
import { evidenceOf, type RelationDraft } from './relation-draft.ts';

/** Organisations only: a facility or park named for its sector ("Trung tâm dữ liệu X") is a site, not a business. */
const NAMED_FOCUSERS = new Set(['company', 'organization', 'university', 'government']);
/** A data centre is a building: "CMC Tan Thuan Data Center" names a site, and its owner is the one with the focus. */
const SITE_SECTORS = new Set(['data-centers']);

/**
 * `mentions` are names as written (with their token ranges in `tokens`); `named` holds the
 * headline sectors the article names outside names.
 */
export function focusInNames(text: string, tokens: readonly Token[], mentions: readonly ActorSpan[], sectors: CompiledSectors,
  headline: (id: string) => string | null, named: ReadonlySet<string>): RelationDraft[] {
  const out: RelationDraft[] = [];
  const seen = new Set<string>();
  for (const m of mentions) {
    if (!NAMED_FOCUSERS.has(m.actor.kind)) continue;
    const inside = tokens.slice(m.first, m.last + 1);
    for (const hit of scanSectors(text, inside, sectors, new Uint8Array(inside.length + 1))) {
      const target = headline(hit.sector.id);
      const key = `${m.actor.id}\u0000${target}`;
      if (!target || SITE_SECTORS.has(target) || !named.has(target) || seen.has(key)) continue;
      seen.add(key);
      out.push({ type: 'FOCUSES_ON', from: m.actor.id, to: target, role: null, date: null, evidence: evidenceOf(text, m, 'focus-in-name', 0.5) });
    }
  }
  return out;
}
