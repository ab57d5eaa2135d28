/**
 * INVESTS_IN for the developer a park is credited to: "KCN Nam Sơn do Đô thị Kinh Bắc (HoSE: KBC)
 * làm chủ đầu tư", "Khu công nghiệp X do Tập đoàn Y đầu tư". The "do … làm chủ đầu tư" phrase is
 * about the park, so the developer is not the owner of a project sited there (project-site.ts
 * reads past it).
 */
import type { ActorSpan } from '../actors/types.ts';
import type { SentenceView } from './clause-view.ts';
import { evidenceOf, type RelationDraft } from './relation-draft.ts';
import { isPark } from './structure-rules.ts';

const DEVELOPERS = new Set(['company', 'organization', 'government']);
/** A bracket of its own after a name: "(HoSE: KBC)". */
const BRACKET = String.raw`(?:\s*\([^()]{0,40}\))?`;
const BEFORE_DEVELOPER = new RegExp(`^${BRACKET}\\s+do\\s+$`, 'u');
/** Investment wording only (GOLD-CONVENTIONS: INVESTS_IN needs it). */
const DEVELOPS = new RegExp(`^${BRACKET}\\s+(?:làm chủ đầu tư|là chủ đầu tư|đầu tư)(?![\\p{L}])`, 'u');

/** Each park of the sentence with the developer it is credited to. */
export function parkDevelopers(view: SentenceView): Array<{ park: ActorSpan; developer: ActorSpan }> {
  const out: Array<{ park: ActorSpan; developer: ActorSpan }> = [];
  const ms = view.mentions;
  for (let i = 0; i + 1 < ms.length; i++) {
    const park = ms[i]!;
    if (!isPark(park.actor)) continue;
    // The developer is the first mention after the park that is not inside the park's own bracket.
    const developer = ms.slice(i + 1).find((m) => m.start >= park.end && !/^\s*\([^()]*$/u.test(view.lowered.slice(park.end, m.start)));
    if (!developer || !DEVELOPERS.has(developer.actor.kind)) continue;
    if (!BEFORE_DEVELOPER.test(view.lowered.slice(park.end, developer.start))) continue;
    if (!DEVELOPS.test(view.lowered.slice(developer.end, developer.end + 60))) continue;
    out.push({ park, developer });
  }
  return out;
}

export function findParkDevelopers(text: string, view: SentenceView): RelationDraft[] {
  return parkDevelopers(view).map(({ park, developer }) => ({
    type: 'INVESTS_IN' as const, from: developer.actor.id, to: park.actor.id, role: null, date: null,
    evidence: evidenceOf(text, { start: park.start, end: developer.end }, 'park-developer', 0.6),
  }));
}
