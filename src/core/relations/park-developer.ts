/**
 * INVESTS_IN for the developer a park is credited to: "KCN Nam Sơn do Đô thị Kinh Bắc (HoSE: KBC)
 * làm chủ đầu tư", "Khu công nghiệp X do Tập đoàn Y đầu tư". The passive agents of the pledge rules
 * (`passiveAgents`) already mark the ones that develop the park named before "do"; those are not the
 * owner of a project sited there (project-site.ts reads past them).
 */
import type { ActorSpan } from '../actors/types.ts';
import { passiveAgents } from '../pledges/project-agent.ts';
import type { SentenceView } from './clause-view.ts';
import { evidenceOf, type RelationDraft } from './relation-draft.ts';

const DEVELOPERS = new Set(['company', 'organization', 'government']);

/** Each park of the sentence with the developer it is credited to. */
export function parkDevelopers(view: SentenceView): Array<{ park: ActorSpan; developer: ActorSpan }> {
  const out: Array<{ park: ActorSpan; developer: ActorSpan }> = [];
  for (const a of passiveAgents(view)) if (a.park && DEVELOPERS.has(a.mention.actor.kind)) out.push({ park: a.park, developer: a.mention });
  return out;
}

export function findParkDevelopers(text: string, view: SentenceView): RelationDraft[] {
  return parkDevelopers(view).map(({ park, developer }) => ({
    type: 'INVESTS_IN' as const, from: developer.actor.id, to: park.actor.id, role: null, date: null,
    evidence: evidenceOf(text, { start: park.start, end: developer.end }, 'park-developer', 0.6),
  }));
}
