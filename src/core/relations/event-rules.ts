/**
 * Clause-level relation rules keyed on trigger verbs: who invests in, trains, visits, meets or
 * partners with whom. The subject is the actor before the trigger; the objects follow it.
 */
import type { RelationType } from '../claims.ts';
import type { ActorSpan } from '../actors/types.ts';
import { findIn, inRange, objectsAfter, phraseRegex, subjectBefore, wordBefore, type SentenceView } from './clause-view.ts';
import { evidenceOf, type RelationDraft } from './relation-draft.ts';

interface EventRule {
  type: RelationType;
  name: string;
  re: RegExp;
  /** Longest distance (characters) from the trigger to its first object. */
  reach: number;
  /** Objects after "tại"/"ở" count (investing in, visiting a place). */
  places: boolean;
  /** Word that must come right before the object ("đào tạo … cho Việt Nam"). */
  objectAfter?: string;
  confidence: number;
}

const RULES: EventRule[] = [
  { type: 'INVESTS_IN', name: 'invests-in', re: phraseRegex(['đầu tư vào', 'đầu tư tại', 'rót vốn vào', 'rót vốn', 'giải ngân vốn vào', 'đầu tư sang', 'tăng vốn đầu tư vào', 'mở rộng đầu tư tại', 'mở rộng đầu tư vào']), reach: 40, places: true, confidence: 0.75 },
  { type: 'TRAINS', name: 'trains', re: phraseRegex(['đào tạo']), reach: 80, places: false, objectAfter: 'cho', confidence: 0.65 },
  { type: 'VISITS', name: 'visits', re: phraseRegex(['thăm', 'chuyến thăm', 'đến thăm', 'sang thăm', 'thăm chính thức', 'thăm cấp nhà nước', 'thăm làm việc', 'công du', 'chuyến thăm cấp nhà nước tới', 'chuyến thăm chính thức tới', 'chuyến thăm tới']), reach: 40, places: true, confidence: 0.7 },
  { type: 'MEETS', name: 'meets', re: phraseRegex(['gặp gỡ', 'gặp', 'tiếp đón', 'tiếp kiến', 'hội đàm với', 'hội đàm', 'hội kiến', 'điện đàm với', 'làm việc với', 'đồng chủ trì', 'đối thoại với', 'đối thoại giữa', 'hội đàm giữa', 'gặp gỡ giữa', 'cuộc gặp với', 'buổi làm việc với', 'tiếp xã giao']), reach: 60, places: false, confidence: 0.7 },
  { type: 'PARTNERS_WITH', name: 'partners-with', re: phraseRegex(['hợp tác với', 'ký kết với', 'phối hợp với', 'bắt tay với', 'liên kết với', 'ký thỏa thuận với', 'ký thoả thuận với', 'hợp tác cùng', 'hợp tác giữa', 'là đối tác', 'liên doanh với', 'ký biên bản ghi nhớ với']), reach: 60, places: false, confidence: 0.7 },
];

const PERSON_OR_BODY = new Set(['person', 'government', 'organization', 'company', 'university', 'country']);

/** "Tại buổi làm việc với X, S …": the subject comes after the objects. */
function subjectAfter(view: SentenceView, from: number): ActorSpan | undefined {
  return view.mentions.find((m) => m.start >= from && PERSON_OR_BODY.has(m.actor.kind) && !['tại', 'ở', 'với', 'của', 'và'].includes(wordBefore(view.lowered, m.start)));
}

function pairsAmong(objects: ActorSpan[]): Array<[ActorSpan, ActorSpan]> {
  const pairs: Array<[ActorSpan, ActorSpan]> = [];
  for (let i = 0; i < objects.length; i++) for (let j = i + 1; j < objects.length; j++) pairs.push([objects[i]!, objects[j]!]);
  return pairs;
}

/** Relations stated by trigger verbs in one sentence. `dateOf` gives the date a sentence states. */
export function findEventRelations(text: string, view: SentenceView, date: string | null): RelationDraft[] {
  const out: RelationDraft[] = [];
  const push = (type: RelationType, from: ActorSpan, to: ActorSpan, rule: string, confidence: number) => {
    if (from.actor.id === to.actor.id) return;
    out.push({ type, from: from.actor.id, to: to.actor.id, role: null, date, evidence: evidenceOf(text, view.sentence, rule, confidence) });
  };
  for (const clause of view.clauses) {
    for (const rule of RULES) {
      for (const hit of findIn(rule.re, view.lowered, clause)) {
        let objects = objectsAfter(view, clause, hit.end, rule.places);
        const reach = hit.text === 'gặp' ? 15 : rule.reach;
        if (objects[0] && objects[0].start - hit.end > reach) objects = [];
        if (rule.objectAfter) objects = objects.filter((o) => wordBefore(view.lowered, o.start) === rule.objectAfter);
        if (rule.type === 'VISITS' || rule.type === 'MEETS') objects = objects.filter((o) => o.actor.kind !== 'person' || rule.type === 'MEETS');
        if (objects.length === 0) continue;
        const between = view.lowered.slice(hit.end, objects[0]!.start);
        if (/giữa/u.test(hit.text + between) || hit.text === 'đồng chủ trì') {
          if (rule.type === 'MEETS' || rule.type === 'PARTNERS_WITH') {
            for (const [a, b] of pairsAmong(objects)) push(rule.type, a, b, `${rule.name}:between`, rule.confidence - 0.05);
          }
          continue;
        }
        const nominal = /^(?:buổi|cuộc|chuyến)/u.test(hit.text) || ['buổi', 'cuộc', 'chuyến'].includes(wordBefore(view.lowered, hit.start));
        const subject = subjectBefore(view, clause, hit.start, (m) => objects.includes(m))
          ?? (nominal || inRange(hit, { start: view.sentence.start, end: view.sentence.start + 40 })
            ? subjectAfter(view, objects[objects.length - 1]!.end) : undefined);
        if (!subject || !PERSON_OR_BODY.has(subject.actor.kind) && subject.actor.kind !== 'place') continue;
        for (const o of objects) push(rule.type, subject, o, rule.name, rule.confidence);
      }
    }
  }
  return out;
}
