/**
 * FOCUSES_ON: a non-person actor whose own activity, cooperation, investment, wish or priority the
 * sentence ties to a sector. The focusers are the sentence's subjects (a list or a bilateral pair
 * counts), the partners of a cooperation ("hợp tác … với X", "giữa X và Y"), or — for a sentence
 * that names no actor ("Họ cũng quan tâm …") — the subjects of the sentence just before.
 */
import type { ActorSpan } from '../actors/types.ts';
import type { SectorHit } from '../sectors/sector-matcher.ts';
import { findIn, institutional, phraseRegex, wordBefore, type SentenceView } from './clause-view.ts';
import { evidenceOf, type RelationDraft } from './relation-draft.ts';

const CUES = phraseRegex([
  'lĩnh vực', 'hợp tác', 'đầu tư', 'phát triển', 'đào tạo', 'quan tâm', 'ưu tiên', 'tập trung', 'động lực',
  'chiến lược', 'thúc đẩy', 'ứng dụng', 'sản xuất', 'nghiên cứu', 'kinh doanh', 'dự án', 'xây dựng', 'ngành',
  'trọng điểm', 'chuyển giao', 'nhân lực', 'hệ sinh thái', 'định hướng', 'mong muốn', 'muốn', 'cam kết', 'thu hút',
  'hỗ trợ', 'mở rộng', 'kế hoạch', 'đột phá',
]);
const COOPERATION = phraseRegex(['hợp tác', 'phối hợp', 'đối tác']);
const NOT_SUBJECT = new Set(['tại', 'ở', 'vào', 'từ', 'đến', 'tới', 'sang', 'trong', 'về', 'của', 'cho', 'thăm', 'như', 'là']);
const MAX_CARRY = 1;

export interface FocusCarry {
  subjects: string[];
  age: number;
}

function focusers(view: SentenceView): string[] {
  const ids: string[] = [];
  const add = (m: ActorSpan) => {
    const id = m.actor.kind === 'person' ? view.roleOrg.get(m.actor.id) : m.actor.id;
    if (id && !ids.includes(id)) ids.push(id);
  };
  const cooperation = findIn(COOPERATION, view, view.sentence).length > 0;
  for (const m of view.mentions) {
    const before = wordBefore(view.lowered, m.start);
    if (cooperation && (before === 'với' || before === 'giữa' || before === 'cùng')) add(m);
    else if (!NOT_SUBJECT.has(before) && !(before === 'với' || before === 'giữa') && view.lowered[m.start - 1] !== '(') add(m);
  }
  return ids.map((id) => institutional(view, id));
}

export function findFocus(text: string, view: SentenceView, sectors: readonly SectorHit[], carry: FocusCarry): RelationDraft[] {
  const own = focusers(view);
  if (own.length > 0) {
    carry.subjects = own;
    carry.age = 0;
  } else if (++carry.age > MAX_CARRY) {
    carry.subjects = [];
  }
  const inSentence = sectors.filter((s) => s.start >= view.sentence.start && s.end <= view.sentence.end);
  if (inSentence.length === 0 || findIn(CUES, view, view.sentence).length === 0) return [];
  const who = own.length > 0 ? own : carry.subjects;
  const out: RelationDraft[] = [];
  for (const id of who) {
    for (const s of inSentence) {
      out.push({ type: 'FOCUSES_ON', from: id, to: s.sector.id, role: null, date: null, evidence: evidenceOf(text, view.sentence, own.length > 0 ? 'focus-subject-sector' : 'focus-carried-subject', own.length > 0 ? 0.55 : 0.4) });
    }
  }
  return out;
}
