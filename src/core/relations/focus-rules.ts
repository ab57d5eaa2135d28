/**
 * FOCUSES_ON: an organisation whose own activity, cooperation, investment, wish or priority the
 * text ties to a sector. For each clause that names sectors, the focusers are its subjects (a list
 * or a bilateral pair counts) and, for a cooperation, its partners ("hợp tác … với X", "giữa X và
 * Y"); with none in the clause, the sentence's subjects; with none in the sentence ("Họ cũng quan tâm
 * …"), the subjects of the sentence just before ("Nhà máy / Dự án sẽ sản xuất …": its one company).
 * Workforce training is read as TRAINS and training pledges, not as a sector focus.
 */
import type { ActorSpan } from '../actors/types.ts';
import type { SectorHit } from '../sectors/sector-matcher.ts';
import { findIn, inComplement, listed, phraseRegex, subjectsBefore, wordBefore, type SentenceView } from './clause-view.ts';
import { evidenceOf, type RelationDraft } from './relation-draft.ts';

const CUES = phraseRegex([
  'lĩnh vực', 'hợp tác', 'đầu tư', 'phát triển', 'đào tạo', 'quan tâm', 'ưu tiên', 'tập trung', 'động lực',
  'chiến lược', 'thúc đẩy', 'ứng dụng', 'sản xuất', 'nghiên cứu', 'kinh doanh', 'dự án', 'xây dựng', 'ngành',
  'trọng điểm', 'chuyển giao', 'nhân lực', 'hệ sinh thái', 'định hướng', 'mong muốn', 'muốn', 'cam kết', 'thu hút',
  'hỗ trợ', 'mở rộng', 'kế hoạch', 'đột phá',
  // Building or running a sector's facility is its line of business: "khởi công trung tâm dữ liệu".
  'khởi công', 'khánh thành', 'vận hành', 'triển khai',
]);
const COOPERATION = phraseRegex(['hợp tác', 'phối hợp', 'đối tác']);
const REQUEST = phraseRegex([
  'đề nghị', 'kiến nghị', 'kêu gọi', 'yêu cầu', 'giấy chứng nhận đầu tư cho', 'cấp phép cho', 'cấp phép đầu tư cho',
]);
const PARTNER_WORDS = new Set(['với', 'giữa', 'cùng']);
const NOT_FOCUS = new Set(['education-training']);
/** A sector named as a lack or a weakness is not a focus ("chưa tham gia …", "còn yếu và thiếu"). */
const NEGATION = phraseRegex(['chưa', 'thiếu', 'còn yếu', 'không có']);
const MAX_CARRY = 1;

export interface FocusCarry {
  subjects: string[];
  /** The companies among them (a plant or project sentence is about one company). */
  companies: string[];
  age: number;
}

type Range = { start: number; end: number };

/** "Theo nghiên cứu của …, …": the source of a statement is not its subject. */
function attributionEnd(view: SentenceView): number {
  const head = view.lowered.slice(view.sentence.start, view.sentence.start + 5);
  if (head !== 'theo ') return view.sentence.start;
  const comma = view.lowered.indexOf(',', view.sentence.start);
  return comma > 0 && comma < view.sentence.end ? comma : view.sentence.start;
}

/** A sentence carries the focuser on only when it points back to it ("Họ cũng quan tâm …", "Công ty sẽ …"). */
const ANAPHOR = /^(?:[^\p{L}]*)(?:(?:theo đó|đồng thời|ngoài ra|bên cạnh đó|đặc biệt),?\s+)?(?:họ|công ty|tập đoàn|hãng|doanh nghiệp|đơn vị|phía|trung tâm|viện|trường|quỹ)(?:\s|,)/u;
/** "Nhà máy sẽ sản xuất linh kiện điện tử": a plant or project stands for the one company it belongs to. */
const SITE_ANAPHOR = /^(?:[^\p{L}]*)(?:(?:theo đó|đồng thời|ngoài ra|bên cạnh đó),?\s+)?(?:nhà máy|dự án)(?:\s|,)/u;

/** Only organisations have a line of business: countries, places and people never focus on a sector. */
const FOCUSERS = new Set(['company', 'organization', 'university', 'government', 'facility']);

/** Ids of the organisations among `spans` (a titled person stands for theirs), each once, in order of first appearance. */
function ids(spans: readonly ActorSpan[], view: SentenceView): string[] {
  const out: string[] = [];
  for (const m of spans) {
    const id = FOCUSERS.has(m.actor.kind) ? m.actor.id : m.actor.kind === 'person' ? view.roleBody?.get(m.actor.id) : undefined;
    if (id !== undefined && !out.includes(id)) out.push(id);
  }
  return out;
}

/** Subjects acting before `offset` in `range`, the one asked when a request stands between. */
function actingBefore(view: SentenceView, range: Range, offset: number, from: number): ActorSpan[] {
  const subjects = subjectsBefore(view, range, offset).filter((m) => m.start >= from);
  if (subjects.length === 0) return [];
  const asks = findIn(REQUEST, view, { start: subjects[subjects.length - 1]!.end, end: offset });
  if (asks.length === 0) return subjects;
  const asked = view.mentions.find((m) => m.start >= asks[asks.length - 1]!.end && m.end <= offset);
  return asked ? [asked] : [];
}

/** Partners of a cooperation named in the range, with the ones listed after them ("với Hoa Kỳ, Nhật Bản và Hàn Quốc"). */
function partners(view: SentenceView, range: Range): ActorSpan[] {
  if (findIn(COOPERATION, view, range).length === 0) return [];
  const out: ActorSpan[] = [];
  for (const m of view.mentions) {
    if (m.start < range.start || m.end > range.end) continue;
    const prev = out[out.length - 1];
    if (PARTNER_WORDS.has(wordBefore(view.lowered, m.start)) || (prev && listed(view, prev, m))) out.push(m);
  }
  return out;
}

/** "A đề nghị B …": what follows the request is B's to do. */
function askedBefore(view: SentenceView, offset: number, from: number): ActorSpan[] | null {
  const asks = findIn(REQUEST, view, { start: Math.max(from, view.sentence.start), end: offset });
  const ask = asks[asks.length - 1];
  if (!ask) return null;
  const asked = view.mentions.find((m) => m.start >= ask.end && m.end <= offset && !inComplement(view, m));
  return asked ? [asked] : [];
}

/**
 * `headline` maps a sector id to the headline sector it falls under (itself, or an ancestor), or
 * null: a focus is stated at that level, the finer sector stays on pledges and mentions.
 */
export function findFocus(text: string, view: SentenceView, sectors: readonly SectorHit[], carry: FocusCarry, headline: (id: string) => string | null): RelationDraft[] {
  const from = attributionEnd(view);
  const anySubject = view.mentions.some((m) => m.start >= from && m.actor.kind !== 'person' && !inComplement(view, m));
  const out: RelationDraft[] = [];
  if (sectors.length > 0 && findIn(CUES, view, view.sentence).length > 0) {
    for (const clause of view.clauses) {
      if (findIn(NEGATION, view, clause).length > 0) continue;
      const together = partners(view, clause);
      for (const s of sectors) {
        if (s.start < clause.start || s.end > clause.end || NOT_FOCUS.has(s.sector.id)) continue;
        const target = headline(s.sector.id);
        if (!target) continue;
        const asked = askedBefore(view, s.start, from);
        let rule = 'focus-clause-subject';
        let who = asked !== null ? ids([...asked, ...together], view) : ids([...actingBefore(view, clause, s.start, from), ...together], view);
        if (who.length === 0 && asked === null) {
          rule = 'focus-sentence-subject';
          who = ids(actingBefore(view, view.sentence, s.start, from), view);
        }
        if (who.length === 0 && !anySubject && ANAPHOR.test(view.lowered.slice(view.sentence.start, view.sentence.start + 30))) {
          rule = 'focus-carried-subject';
          who = carry.subjects;
        } else if (who.length === 0 && !anySubject && carry.companies.length === 1 && SITE_ANAPHOR.test(view.lowered.slice(view.sentence.start, view.sentence.start + 30))) {
          rule = 'focus-carried-subject';
          who = carry.companies;
        }
        for (const id of who) {
          out.push({ type: 'FOCUSES_ON', from: id, to: target, role: null, date: null, evidence: evidenceOf(text, clause, rule, rule === 'focus-carried-subject' ? 0.4 : 0.55) });
        }
      }
    }
  }
  // A sentence led by a country or place leaves nothing to carry: the next "Họ …" is not about the focuser before.
  const subjects = view.mentions.filter((m) => m.start >= from && m.actor.kind !== 'person' && !inComplement(view, m));
  if (subjects.length > 0) {
    carry.subjects = ids(subjects, view);
    carry.companies = carry.subjects.filter((id) => subjects.some((m) => m.actor.id === id && m.actor.kind === 'company'));
    carry.age = 0;
  } else if (++carry.age > MAX_CARRY) {
    carry.subjects = [];
    carry.companies = [];
  }
  return out;
}
