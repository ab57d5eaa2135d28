/**
 * Clause-level relation rules keyed on trigger verbs: who invests in, trains, visits, meets or
 * partners with whom. Subjects are the actors before the trigger (a list counts), objects the ones
 * after it behind the word the trigger governs ("hợp tác … với X", "đào tạo … cho X").
 */
import type { RelationType } from '../claims.ts';
import type { ActorSpan } from '../actors/types.ts';
import {
  findIn, inRange, institutional, listed, phraseRegex, subjectsBefore, wordBefore, type Hit, type SentenceView,
} from './clause-view.ts';
import { evidenceOf, type RelationDraft } from './relation-draft.ts';

interface EventRule {
  type: RelationType;
  name: string;
  re: RegExp;
  /** Words one of which must come right before the first object; '' = right after the trigger; '*' = anything. */
  objectWords: readonly string[];
  reach: number;
  objectKinds?: ReadonlySet<string>;
  /** With no objects, a listed subject pair relates among itself ("Hai nước … là đối tác của nhau"). */
  pairOnly?: boolean;
  /** Objects that are two listed parties relate among themselves ("đối thoại kinh tế Việt Nam - Mỹ"). */
  pairObjects?: boolean;
  confidence: number;
}

const WHERE = new Set(['place', 'country', 'facility']);
const VISITABLE = new Set(['place', 'country', 'facility', 'company', 'organization', 'university']);
const BODIES = new Set(['person', 'government', 'organization', 'company', 'university', 'country', 'place', 'facility']);
const INSTITUTIONAL = new Set<RelationType>(['INVESTS_IN', 'PARTNERS_WITH', 'TRAINS']);

const RULES: EventRule[] = [
  { type: 'INVESTS_IN', name: 'invests-in', re: phraseRegex(['đầu tư', 'rót vốn', 'giải ngân', 'tăng vốn', 'mở rộng đầu tư', 'góp vốn']), objectWords: ['vào', 'tại', 'ở', 'sang'], reach: 100, objectKinds: new Set([...WHERE, 'company']), confidence: 0.7 },
  { type: 'INVESTS_IN', name: 'opens-site-in', re: phraseRegex(['mở', 'xây dựng', 'thành lập', 'đặt', 'xây']), objectWords: ['tại', 'ở'], reach: 60, objectKinds: WHERE, confidence: 0.55 },
  { type: 'TRAINS', name: 'trains', re: phraseRegex(['đào tạo', 'bồi dưỡng']), objectWords: ['cho'], reach: 80, confidence: 0.65 },
  { type: 'VISITS', name: 'visits', re: phraseRegex(['thăm', 'đến thăm', 'sang thăm', 'thăm chính thức', 'thăm cấp nhà nước', 'thăm làm việc', 'công du']), objectWords: ['', 'tới', 'đến', 'sang'], reach: 30, objectKinds: VISITABLE, confidence: 0.7 },
  { type: 'VISITS', name: 'trip-to', re: phraseRegex(['chuyến thăm', 'chuyến công tác', 'chuyến làm việc', 'chuyến công du', 'chuyến thăm chính thức', 'chuyến thăm cấp nhà nước']), objectWords: ['', 'tới', 'đến', 'sang', 'tại'], reach: 40, objectKinds: new Set(['country', 'place']), confidence: 0.65 },
  { type: 'VISITS', name: 'came-to', re: phraseRegex(['tới', 'đến', 'sang']), objectWords: [''], reach: 2, objectKinds: new Set(['country']), confidence: 0.5 },
  { type: 'MEETS', name: 'meets', re: phraseRegex(['gặp gỡ', 'tiếp đón', 'tiếp kiến', 'hội kiến', 'tiếp xã giao', 'gặp mặt']), objectWords: ['', 'với'], reach: 60, confidence: 0.7 },
  { type: 'MEETS', name: 'meets', re: phraseRegex(['gặp']), objectWords: [''], reach: 15, confidence: 0.6 },
  { type: 'MEETS', name: 'works-with', re: phraseRegex(['làm việc', 'hội đàm', 'điện đàm', 'trao đổi', 'cuộc gặp', 'buổi tiếp', 'đối thoại']), objectWords: ['với'], reach: 40, confidence: 0.7 },
  { type: 'MEETS', name: 'co-chairs', re: phraseRegex(['đồng chủ trì']), objectWords: ['', 'của'], reach: 20, pairObjects: true, confidence: 0.7 },
  { type: 'MEETS', name: 'dialogue-of', re: phraseRegex(['đối thoại', 'hội đàm', 'cuộc họp', 'hội nghị thượng đỉnh']), objectWords: ['*'], reach: 20, pairObjects: true, confidence: 0.55 },
  { type: 'PARTNERS_WITH', name: 'partners-with', re: phraseRegex(['hợp tác', 'ký kết', 'phối hợp', 'bắt tay', 'liên kết', 'liên doanh', 'ký thỏa thuận', 'ký thoả thuận', 'ký biên bản ghi nhớ', 'là đối tác', 'đối tác']), objectWords: ['với', 'cùng', 'của'], reach: 50, pairOnly: true, confidence: 0.7 },
  { type: 'PARTNERS_WITH', name: 'relations-between', re: phraseRegex(['quan hệ', 'quan hệ ngoại giao', 'đối tác chiến lược']), objectWords: [], reach: 0, pairOnly: true, confidence: 0.6 },
];

function firstObjects(view: SentenceView, clause: { end: number }, hit: Hit, rule: EventRule): ActorSpan[] {
  if (rule.objectWords.length === 0) return [];
  const objects: ActorSpan[] = [];
  for (const m of view.mentions) {
    if (m.start < hit.end || m.end > clause.end) continue;
    const prev = objects[objects.length - 1];
    if (prev) {
      if (!listed(view, prev, m)) break;
      objects.push(m);
      continue;
    }
    if (m.start - hit.end > rule.reach) break;
    const before = wordBefore(view.lowered, m.start);
    const direct = /^\s*$/u.test(view.lowered.slice(hit.end, m.start));
    const ok = rule.objectWords.includes('*') || (direct && rule.objectWords.includes(''))
      || (before !== '' && rule.objectWords.includes(before) && (!direct || rule.objectWords.includes('')));
    if (!ok) {
      if (rule.objectWords.includes('') && rule.reach <= 30) break;
      continue;
    }
    if (rule.objectKinds && !rule.objectKinds.has(m.actor.kind)) break;
    objects.push(m);
  }
  return objects;
}

function pairs(list: readonly ActorSpan[]): Array<[ActorSpan, ActorSpan]> {
  const out: Array<[ActorSpan, ActorSpan]> = [];
  for (let i = 0; i < list.length; i++) for (let j = i + 1; j < list.length; j++) out.push([list[i]!, list[j]!]);
  return out;
}

/** "Tại buổi làm việc với X, S …": the subject comes after the objects. */
function subjectAfter(view: SentenceView, from: number): ActorSpan | undefined {
  return view.mentions.find((m) => m.start >= from && BODIES.has(m.actor.kind)
    && !['tại', 'ở', 'với', 'của', 'và', 'vào', 'cho'].includes(wordBefore(view.lowered, m.start)));
}

/** Relations stated by trigger verbs in one sentence; `date` is the date the sentence states. */
export function findEventRelations(text: string, view: SentenceView, date: string | null): RelationDraft[] {
  const out: RelationDraft[] = [];
  const push = (type: RelationType, from: ActorSpan, to: ActorSpan, rule: string, confidence: number) => {
    const fromId = INSTITUTIONAL.has(type) ? institutional(view, from.actor.id) : from.actor.id;
    const toId = INSTITUTIONAL.has(type) && type !== 'TRAINS' ? institutional(view, to.actor.id) : to.actor.id;
    if (fromId === toId) return;
    out.push({ type, from: fromId, to: toId, role: null, date, evidence: evidenceOf(text, view.sentence, rule, confidence) });
  };
  for (const clause of view.clauses) {
    for (const rule of RULES) {
      for (const hit of findIn(rule.re, view.lowered, clause)) {
        if (rule.type === 'INVESTS_IN' && /thu hút\s*$/u.test(view.lowered.slice(Math.max(clause.start, hit.start - 12), hit.start))) continue;
        const objects = firstObjects(view, clause, hit, rule);
        const between = objects[0] ? view.lowered.slice(hit.end, objects[0].start) : '';
        if (objects.length >= 2 && (rule.pairObjects || /giữa/u.test(between))) {
          for (const [a, b] of pairs(objects)) push(rule.type, a, b, `${rule.name}:between`, rule.confidence - 0.05);
          continue;
        }
        if (rule.pairObjects && !rule.objectWords.includes('') && !rule.objectWords.includes('của')) continue;
        const subjects = subjectsBefore(view, clause, hit.start, (m) => objects.includes(m));
        if (objects.length === 0) {
          const pair = subjects.filter((s) => listed(view, subjects[0]!, s) || s === subjects[0]);
          if (rule.pairOnly && pair.length >= 2) for (const [a, b] of pairs(pair)) push(rule.type, a, b, `${rule.name}:pair`, rule.confidence - 0.1);
          continue;
        }
        let from = subjects;
        if (from.length === 0) {
          const nominal = /^(?:buổi|cuộc|chuyến)/u.test(hit.text) || ['buổi', 'cuộc', 'chuyến', 'khuôn'].includes(wordBefore(view.lowered, hit.start))
            || inRange(hit, { start: view.sentence.start, end: view.sentence.start + 40 });
          const after = nominal ? subjectAfter(view, objects[objects.length - 1]!.end) : undefined;
          from = after ? [after] : [];
        }
        for (const s of from) {
          if (!BODIES.has(s.actor.kind)) continue;
          for (const o of objects) push(rule.type, s, o, rule.name, rule.confidence);
        }
      }
    }
  }
  return out;
}
