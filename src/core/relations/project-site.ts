/**
 * LOCATED_IN for a project sentence that names no owner: "Dự án được triển khai … tại Khu công
 * nghiệp X", "Đây là dự án thuộc KCN Y". News about a plant names its company, then goes on about
 * "the project"; the site is the company's, and the company is the one the previous sentence was
 * about (the carried subjects, companies only). A sentence naming any organisation is left to the
 * clause rules: the owner may be that one ("… do Tập đoàn Z đầu tư").
 */
import type { ActorCandidate, ActorSpan } from '../actors/types.ts';
import type { SentenceView } from './clause-view.ts';
import { evidenceOf, type RelationDraft } from './relation-draft.ts';
import { parkDevelopers } from './park-developer.ts';
import { isPark } from './structure-rules.ts';

const PROJECT_SUBJECT = /^[^\p{L}]*(?:(?:theo đó|ngoài ra|đồng thời|hiện nay|hiện tại),?\s+)?(?:đây là\s+)?(?:dự án|nhà máy)(?=[\s,])/u;
const SITE_WORD = /(?:^|\s)(?:tại|ở|thuộc|trong|nằm tại|nằm ở|nằm trong|đặt tại)\s+$/u;
// Parks and facilities only: a province named in a project sentence is, in the gold's reading, where the money goes (INVESTS_IN).
const BODIES = new Set(['company', 'organization', 'government', 'university']);

/** A mention in the bracket right after a developer: "Đô thị Kinh Bắc (HoSE: KBC)". */
function insideBracketOf(view: SentenceView, m: ActorSpan, developers: ReadonlySet<ActorSpan>): boolean {
  for (const d of developers) if (m.start > d.end && /^\s*\([^()]*$/u.test(view.lowered.slice(d.end, m.start))) return true;
  return false;
}

/** `owners` are the ids the previous sentences were about; `actor` looks their kind up. */
export function findProjectSite(text: string, view: SentenceView, owners: readonly string[], actor: (id: string) => ActorCandidate | undefined): RelationDraft[] {
  const { sentence, lowered, mentions } = view;
  if (!PROJECT_SUBJECT.test(lowered.slice(sentence.start, sentence.start + 40))) return [];
  // "Đây là dự án thuộc KCN X do Y làm chủ đầu tư": Y developed the park, it does not own the project.
  const developers = new Set(parkDevelopers(view).map((d) => d.developer));
  if (mentions.some((m) => BODIES.has(m.actor.kind) && !developers.has(m) && !insideBracketOf(view, m, developers))) return [];
  const site = mentions.find((m) => isPark(m.actor) && SITE_WORD.test(lowered.slice(Math.max(sentence.start, m.start - 14), m.start)));
  if (!site) return [];
  const companies = owners.filter((id) => actor(id)?.kind === 'company');
  // One owner only: with two companies carried, whose project it is stays unsaid.
  if (companies.length !== 1) return [];
  return [{ type: 'LOCATED_IN', from: companies[0]!, to: site.actor.id, role: null, date: null, evidence: evidenceOf(text, { start: sentence.start, end: site.end }, 'project-site', 0.5) }];
}
