/**
 * Merges relation drafts into the contract's relations: one per (type, from, to, role), symmetric
 * ones stored once with from < to, evidence gathered, the first stated date kept.
 */
import { RELATION_TYPES, SYMMETRIC_RELATIONS, type Relation } from '../claims.ts';
import type { RelationDraft } from './relation-draft.ts';

export function assembleRelations(drafts: readonly RelationDraft[]): Relation[] {
  // Keyed by type, then "from|to|role" within it; `made` keeps the order relations were first stated.
  const byType = new Map<string, Map<string, Relation>>();
  const made: Relation[] = [];
  for (const d of drafts) {
    if (d.from === d.to) continue;
    const swap = SYMMETRIC_RELATIONS.has(d.type) && d.to < d.from;
    const from = swap ? d.to : d.from;
    const to = swap ? d.from : d.to;
    let byKey = byType.get(d.type);
    if (!byKey) byType.set(d.type, (byKey = new Map()));
    const key = `${from}|${to}|${d.role ?? ''}`;
    const existing = byKey.get(key);
    if (!existing) {
      const relation: Relation = { type: d.type, from, to, role: d.role, date: d.date, evidence: [d.evidence] };
      byKey.set(key, relation);
      made.push(relation);
      continue;
    }
    existing.date ??= d.date;
    if (!existing.evidence.some((e) => e.start === d.evidence.start && e.end === d.evidence.end)) existing.evidence.push(d.evidence);
  }
  const typeOrder = new Map(RELATION_TYPES.map((t, i) => [t, i]));
  return made.sort((a, b) => (typeOrder.get(a.type)! - typeOrder.get(b.type)!)
    || a.evidence[0]!.start - b.evidence[0]!.start || a.from.localeCompare(b.from) || a.to.localeCompare(b.to));
}
