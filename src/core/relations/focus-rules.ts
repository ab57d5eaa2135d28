/**
 * FOCUSES_ON, conservatively: an organisation or company that is the subject of a clause with a
 * focus or activity cue, and the sectors named after the cue in that clause.
 */
import type { SectorHit } from '../sectors/sector-matcher.ts';
import { findIn, phraseRegex, subjectBefore, type SentenceView } from './clause-view.ts';
import { evidenceOf, type RelationDraft } from './relation-draft.ts';

const CUES = phraseRegex([
  'đầu tư vào lĩnh vực', 'trong lĩnh vực', 'lĩnh vực', 'đầu tư vào', 'tập trung vào', 'phát triển', 'đào tạo',
  'sản xuất', 'nghiên cứu', 'chuyên về', 'hoạt động trong', 'chuyên', 'mở rộng sang', 'thúc đẩy', 'đầu tư',
]);
const FOCUSERS = new Set(['company', 'organization', 'university', 'facility', 'government']);

export function findFocus(text: string, view: SentenceView, sectors: readonly SectorHit[]): RelationDraft[] {
  const out: RelationDraft[] = [];
  for (const clause of view.clauses) {
    const inClause = sectors.filter((s) => s.start >= clause.start && s.end <= clause.end);
    if (inClause.length === 0) continue;
    const cue = findIn(CUES, view.lowered, clause)[0];
    if (!cue) continue;
    const subject = subjectBefore(view, clause, cue.start);
    if (!subject || !FOCUSERS.has(subject.actor.kind)) continue;
    for (const s of inClause) {
      if (s.start < cue.start) continue;
      out.push({ type: 'FOCUSES_ON', from: subject.actor.id, to: s.sector.id, role: null, date: null, evidence: evidenceOf(text, clause, 'focus-cue', 0.55) });
    }
  }
  return out;
}
