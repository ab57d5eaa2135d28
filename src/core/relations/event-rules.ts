/**
 * Clause-level relation rules keyed on trigger verbs: who invests in, trains, visits, meets or
 * partners with whom. Subjects are the actors before the trigger (a list counts), objects the ones
 * after it behind the word the trigger governs ("hợp tác … với X", "đào tạo … cho X").
 */
import type { RelationType } from '../claims.ts';
import type { ActorSpan } from '../actors/types.ts';
import {
  findIn, inRange, institutional, listed, listGap, pairsOf, phraseRegex, subjectsBefore, wordBefore, type Hit, type PhraseSet, type SentenceView,
} from './clause-view.ts';
import { LICENCES } from '../pledges/pledge-cues.ts';
import { evidenceOf, type RelationDraft } from './relation-draft.ts';

interface EventRule {
  type: RelationType;
  name: string;
  re: PhraseSet;
  /** Words one of which must come right before the first object; '' = right after the trigger; '*' = anything. */
  objectWords: readonly string[];
  reach: number;
  objectKinds?: ReadonlySet<string>;
  /** With no objects, a listed subject pair relates among itself ("Hai nước … là đối tác của nhau"). */
  pairOnly?: boolean;
  /** Objects that are two listed parties relate among themselves ("đối thoại kinh tế Việt Nam - Mỹ"). */
  pairObjects?: boolean;
  /** Words that may open the object phrase further back ("làm việc với đoàn công tác gồm … của Hoa Kỳ"). */
  via?: readonly string[];
  confidence: number;
}

const WHERE = new Set(['place', 'country', 'facility']);
const VISITABLE = new Set(['place', 'country', 'facility', 'company', 'organization', 'university']);
const BODIES = new Set(['person', 'government', 'organization', 'company', 'university', 'country', 'place', 'facility']);
const INSTITUTIONAL = new Set<RelationType>(['INVESTS_IN', 'PARTNERS_WITH', 'TRAINS']);

const RULES: EventRule[] = [
  { type: 'INVESTS_IN', name: 'invests-in', re: phraseRegex(['đầu tư', 'rót vốn', 'giải ngân', 'tăng vốn', 'mở rộng đầu tư', 'góp vốn']), objectWords: ['vào', 'tại', 'ở', 'sang'], reach: 100, objectKinds: new Set([...WHERE, 'company']), confidence: 0.7 },
  // Opening or having an office, plant or centre says where the actor is, not that it invests (GOLD-CONVENTIONS).
  { type: 'LOCATED_IN', name: 'opens-site-in', re: phraseRegex(['mở', 'xây dựng', 'thành lập', 'đặt', 'xây', 'khai trương', 'khánh thành', 'đặt trụ sở', 'có văn phòng', 'có trụ sở', 'có nhà máy', 'có chi nhánh', 'có cơ sở']), objectWords: ['tại', 'ở'], reach: 60, objectKinds: WHERE, confidence: 0.55 },
  { type: 'TRAINS', name: 'trains', re: phraseRegex(['đào tạo', 'bồi dưỡng']), objectWords: ['cho'], reach: 80, confidence: 0.65 },
  { type: 'VISITS', name: 'visits', re: phraseRegex(['thăm', 'đến thăm', 'sang thăm', 'thăm chính thức', 'thăm cấp nhà nước', 'thăm làm việc', 'công du']), objectWords: ['', 'tới', 'đến', 'sang'], reach: 30, objectKinds: VISITABLE, confidence: 0.7 },
  { type: 'VISITS', name: 'trip-to', re: phraseRegex(['chuyến thăm', 'chuyến công tác', 'chuyến làm việc', 'chuyến công du', 'chuyến thăm chính thức', 'chuyến thăm cấp nhà nước']), objectWords: ['', 'tới', 'đến', 'sang', 'tại'], reach: 40, objectKinds: new Set(['country', 'place']), confidence: 0.65 },
  // "Phó Thủ tướng X dự lễ khánh thành nhà máy Hana Micron Vina 2": attending a plant's ceremony is a visit to its company.
  { type: 'VISITS', name: 'attends-opening', re: phraseRegex(['dự lễ khánh thành', 'dự lễ khởi công', 'dự lễ động thổ', 'dự lễ khai trương', 'dự khánh thành', 'dự lễ ra mắt']), objectWords: ['*'], reach: 60, objectKinds: new Set(['company', 'facility']), confidence: 0.55 },
  { type: 'VISITS', name: 'came-to', re: phraseRegex(['tới', 'đến', 'sang']), objectWords: [''], reach: 2, objectKinds: new Set(['country']), confidence: 0.5 },
  { type: 'MEETS', name: 'meets', re: phraseRegex(['gặp gỡ', 'tiếp đón', 'tiếp kiến', 'hội kiến', 'tiếp xã giao', 'gặp mặt']), objectWords: ['*'], reach: 60, confidence: 0.7 },
  { type: 'MEETS', name: 'meets', re: phraseRegex(['gặp']), objectWords: [''], reach: 15, confidence: 0.6 },
  { type: 'MEETS', name: 'receives', re: phraseRegex(['tiếp', 'đón', 'đón tiếp']), objectWords: [''], reach: 2, objectKinds: new Set(['person', 'government', 'organization', 'company', 'university']), confidence: 0.6 },
  { type: 'MEETS', name: 'works-with', re: phraseRegex(['làm việc', 'hội đàm', 'điện đàm', 'trao đổi', 'cuộc gặp', 'buổi tiếp', 'đối thoại']), objectWords: ['với'], via: ['với'], reach: 50, confidence: 0.7 },
  { type: 'MEETS', name: 'co-chairs', re: phraseRegex(['đồng chủ trì']), objectWords: ['', 'của'], reach: 20, pairObjects: true, confidence: 0.7 },
  { type: 'MEETS', name: 'dialogue-of', re: phraseRegex(['đối thoại', 'hội đàm', 'cuộc họp', 'hội nghị thượng đỉnh']), objectWords: ['*'], reach: 20, pairObjects: true, confidence: 0.55 },
  { type: 'PARTNERS_WITH', name: 'partners-with', re: phraseRegex(['hợp tác', 'ký kết', 'phối hợp', 'bắt tay', 'liên kết', 'liên doanh', 'ký thỏa thuận', 'ký thoả thuận', 'ký biên bản ghi nhớ', 'biên bản ghi nhớ', 'thỏa thuận hợp tác', 'thoả thuận hợp tác']), objectWords: ['với', 'cùng', 'giữa'], via: ['với', 'cùng', 'giữa'], reach: 50, pairOnly: true, confidence: 0.7 },
  // The actor's own commitment to a partner: "sẽ đồng hành cùng các doanh nghiệp Việt Nam như Viettel", "sẵn sàng hỗ trợ Việt Nam".
  { type: 'PARTNERS_WITH', name: 'stands-with', re: phraseRegex(['đồng hành cùng', 'đồng hành với', 'sát cánh cùng', 'sát cánh với']), objectWords: ['', 'như', 'là'], reach: 50, confidence: 0.6 },
  { type: 'PARTNERS_WITH', name: 'supports', re: phraseRegex(['sẵn sàng hỗ trợ', 'cam kết hỗ trợ', 'sẽ hỗ trợ', 'tiếp tục hỗ trợ']), objectWords: [''], reach: 2, objectKinds: new Set(['country', 'government', 'organization', 'company', 'university']), confidence: 0.55 },
  { type: 'PARTNERS_WITH', name: 'partner-of', re: phraseRegex(['là đối tác', 'đối tác']), objectWords: ['của'], reach: 40, pairOnly: true, confidence: 0.65 },
  { type: 'PARTNERS_WITH', name: 'relations-between', re: phraseRegex(['quan hệ', 'quan hệ ngoại giao', 'đối tác chiến lược']), objectWords: [], reach: 0, pairOnly: true, confidence: 0.6 },
];

/** Verbs that send something other than the subject to a place: "chuyển", "xuất khẩu", "mở rộng" (not "đưa": "đưa đoàn sang Mỹ" is a trip). */
const MOVES_THINGS = /(?:^|\s)(?:dịch chuyển|chuyển|chuyển dịch|xuất khẩu|mở rộng)(?=\s)/u;

/** A rule's `via` words as regexes, compiled once per rule. */
const VIA = new Map<EventRule, RegExp[]>();
function viaWords(rule: EventRule): RegExp[] {
  let res = VIA.get(rule);
  if (!res) VIA.set(rule, (res = (rule.via ?? []).map((w) => new RegExp(`(?:^|\\s)${w}\\s`, 'u'))));
  return res;
}

/** Between two partners: the first one's topic ("về …", no comma), then "và (với)". */
const TOPIC_THEN_NEXT = /^\s*(?:\([^()]{1,20}\)\s*)?về\s[^,;:.]{1,80}?\s(?:và|cùng)\s+(?:với\s+)?$/u;

function firstObjects(view: SentenceView, clause: { end: number }, hit: Hit, rule: EventRule): ActorSpan[] {
  if (rule.objectWords.length === 0) return [];
  const objects: ActorSpan[] = [];
  let lastEnd: ActorSpan | undefined;
  for (const m of view.mentions) {
    if (m.start < hit.end || m.end > clause.end) continue;
    const prev = objects[objects.length - 1];
    if (prev) {
      const sameSort = (m.actor.kind === 'person') === (prev.actor.kind === 'person') && (!rule.objectKinds || rule.objectKinds.has(m.actor.kind));
      if (sameSort && (lastEnd ? listGap(view, lastEnd, m) : listed(view, prev, m))) {
        objects.push(m);
        lastEnd = undefined;
        continue;
      }
      // "ký hợp tác với A (X) về … và B về …": each partner brings its own topic (an acronym in brackets is A again).
      if (rule.type === 'PARTNERS_WITH' && m.actor.id === prev.actor.id && /^\s*\($/u.test(view.lowered.slice(prev.end, m.start))) continue;
      if (!lastEnd && rule.type === 'PARTNERS_WITH' && m.actor.kind === prev.actor.kind && TOPIC_THEN_NEXT.test(view.lowered.slice(prev.end, m.start))) {
        objects.push(m);
        continue;
      }
      // "Marvell tại thung lũng Silicon và Tập đoàn Google": a located place inside a list.
      if (!lastEnd && (m.actor.kind === 'place' || m.actor.kind === 'country') && /^\s+(?:tại|ở)\s+$/u.test(view.lowered.slice(prev.end, m.start))) {
        lastEnd = m;
        continue;
      }
      break;
    }
    if (m.start - hit.end > rule.reach) break;
    // Each test is read only when the ones before it have not settled the answer.
    const gap = view.lowered.slice(hit.end, m.start);
    const direct = /^\s*$/u.test(gap);
    const viaOk = () => viaWords(rule).some((re) => re.test(gap)) && !/[,;]/u.test(gap);
    const governed = () => {
      const before = wordBefore(view.lowered, m.start);
      return before !== '' && rule.objectWords.includes(before) && (!direct || rule.objectWords.includes(''));
    };
    const ok = rule.objectWords.includes('*') || (direct && rule.objectWords.includes('')) || viaOk() || governed();
    if (!ok) {
      if (rule.objectWords.includes('') && rule.reach <= 30) break;
      continue;
    }
    if (rule.objectKinds && !rule.objectKinds.has(m.actor.kind)) break;
    objects.push(m);
  }
  return objects;
}

/**
 * Parties acting together: a bilateral pair ("hai nước", "Hàn Quốc - Việt Nam"), "… của nhau", or
 * "A và B ký kết / hợp tác" for the verbs that take both sides as subject.
 */
function isPair(view: SentenceView, subjects: readonly ActorSpan[], hit: Hit, rule: EventRule): boolean {
  if (subjects.length < 2) return false;
  const [a, b] = subjects as [ActorSpan, ActorSpan];
  if (subjects.length === 2 && a.start === b.start && a.end === b.end) return true;
  if (subjects.length === 2 && /^\s*[-–]\s*$/u.test(view.lowered.slice(a.end, b.start))) return true;
  if (rule.name === 'partners-with' && subjects.length <= 4 && /\svà\s/u.test(view.lowered.slice(a.end, subjects[subjects.length - 1]!.start + 1))) return true;
  return subjects.length === 2 && /nhau/u.test(view.lowered.slice(hit.end, Math.min(view.sentence.end, hit.end + 40)));
}

const REQUEST = phraseRegex(['đề nghị', 'đề xuất', 'kiến nghị', 'kêu gọi', 'yêu cầu', 'mời', 'mong muốn']);

/** "A đề nghị B hợp tác với C": B acts, not A; with no B named, no subject. */
function askedInstead(view: SentenceView, subjects: ActorSpan[], hit: Hit, rule: EventRule): ActorSpan[] {
  if (subjects.length === 0 || rule.type === 'MEETS' || rule.type === 'VISITS') return subjects;
  const from = subjects[subjects.length - 1]!.end;
  const licensed = findIn(LICENCES, view, { start: from, end: hit.end + 30 }).at(-1);
  if (licensed) {
    const investor = view.mentions.find((m) => m.start >= licensed.end && m.start - licensed.end < 3);
    return investor ? [investor] : [];
  }
  // "Thủ tướng đề nghị Qualcomm …": the subject found before the verb is itself the one asked.
  const before = findIn(REQUEST, view, { start: view.sentence.start, end: subjects[0]!.start }).at(-1);
  if (before && !/^(?:mong muốn|đề xuất)$/u.test(before.text) && !view.mentions.some((m) => m.start >= before.end && m.end <= subjects[0]!.start)) {
    return rule.type === 'PARTNERS_WITH' && /tiếp tục\s*$/u.test(view.lowered.slice(from, hit.start)) ? subjects : [];
  }
  const asks = findIn(REQUEST, view, { start: from, end: hit.start });
  if (asks.length === 0) return subjects;
  const ask = asks[asks.length - 1]!;
  const asked = view.mentions.find((m) => m.start >= ask.end && m.end <= hit.start);
  // What another party asks for is not a fact ("Thủ tướng đề nghị Qualcomm mở rộng đầu tư"); asked
  // to *continue* a partnership, the partnership exists ("đề nghị Arm tiếp tục hợp tác với NIC").
  if (asked && !/^(?:mong muốn|đề xuất)$/u.test(ask.text)) {
    return rule.type === 'PARTNERS_WITH' && /tiếp tục\s*$/u.test(view.lowered.slice(asked.end, hit.start)) ? [asked] : [];
  }
  if (asked) return [asked];
  // "X mong muốn / đề xuất hợp tác": X's own wish; "X đề nghị (someone unnamed) hợp tác": not X.
  return /^(?:mong muốn|đề xuất)$/u.test(ask.text) ? subjects : [];
}

const GROUP = /(?:\d+|các|nhiều|một số)\s+(?:công ty|doanh nghiệp|tập đoàn|nhà đầu tư|hãng)/u;
const TITLE_END = new Set(['tướng', 'thống', 'trưởng', 'tịch', 'thư']);

/**
 * Who a subject stands for: an unnamed office-holder ("Thủ tướng Chính phủ") or a person reporting
 * for a group ("Jose Fernandez … báo tin, 15 công ty … muốn đầu tư") acts for the country.
 */
function standIn(view: SentenceView, s: ActorSpan, hit: Hit): ActorSpan {
  const country = s.actor.country;
  if (!country) return s;
  const unnamedHolder = s.actor.kind === 'government' && TITLE_END.has(wordBefore(view.lowered, s.start));
  const group = GROUP.test(view.lowered.slice(s.end, hit.start));
  if (!unnamedHolder && !group) return s;
  const c = view.mentions.find((m) => m.actor.id === country);
  return c ?? { ...s, actor: { ...s.actor, id: country } };
}

/** "Tại buổi làm việc với X, S …": the subject comes after the objects, past the next comma. */
function subjectAfter(view: SentenceView, from: number): ActorSpan | undefined {
  const comma = view.lowered.indexOf(',', from);
  if (comma < 0 || comma > view.sentence.end) return undefined;
  return view.mentions.find((m) => m.start > comma && BODIES.has(m.actor.kind)
    && !['tại', 'ở', 'với', 'của', 'và', 'vào', 'cho'].includes(wordBefore(view.lowered, m.start)));
}

/** "hỗ trợ Việt Nam phát triển …, sẽ đồng hành cùng X": the one a verb governs is not the next verb's subject. */
const GOVERNED = /(?:hỗ trợ|giúp đỡ|giúp|thăm|tiếp|gặp|mời|đề nghị|kêu gọi|yêu cầu)\s+$/u;
function objectOfVerb(view: SentenceView, m: ActorSpan): boolean {
  return GOVERNED.test(view.lowered.slice(Math.max(0, m.start - 12), m.start));
}

/** "Đoàn công tác của Qualcomm đã đến thăm …": a delegation acts for whom it comes from. */
function delegationBefore(view: SentenceView, clause: { start: number }, offset: number): ActorSpan | undefined {
  return view.mentions.find((m) => m.start >= clause.start && m.end <= offset && BODIES.has(m.actor.kind)
    && /đoàn(?:\s+(?:công tác|doanh nghiệp|đại biểu|cấp cao))?\s+(?:của\s+)?$/u.test(view.lowered.slice(Math.max(0, m.start - 30), m.start)));
}

/** "sự hợp tác (tích cực) của X với Y", "kết quả hợp tác của A và B": the cooperation's own parties, named after it. */
const OF_PARTIES = /^(?:\s+[\p{L}]+){0,2}?\s+của\s+$/u;
function partiesOf(view: SentenceView, hit: Hit, clause: { end: number }): ActorSpan[] {
  const first = view.mentions.find((m) => m.start >= hit.end && m.end <= clause.end);
  if (!first || !BODIES.has(first.actor.kind) || first.actor.kind === 'person' || !OF_PARTIES.test(view.lowered.slice(hit.end, first.start))) return [];
  const out = [first];
  for (const m of view.mentions) {
    if (m.start <= first.start || m.end > clause.end) continue;
    if (m.actor.kind === 'person' || !listGap(view, out[out.length - 1]!, m)) break;
    out.push(m);
  }
  return out;
}

function travellerAfter(view: SentenceView, place: ActorSpan): ActorSpan | undefined {
  const next = view.mentions.find((m) => m.start >= place.end);
  return next && next.actor.kind !== 'place' && /^\s+của\s+$/u.test(view.lowered.slice(place.end, next.start)) ? next : undefined;
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
      for (const hit of findIn(rule.re, view, clause)) {
        // "thu hút đầu tư" (attracting), "giấy chứng nhận đầu tư" (licensing): the subject is not the investor.
        if (rule.type === 'INVESTS_IN' && /(?:thu hút|giấy chứng nhận|chủ trương)\s*$/u.test(view.lowered.slice(Math.max(clause.start, hit.start - 16), hit.start))) continue;
        // "dịch chuyển chuỗi sản xuất sang Việt Nam", "xuất khẩu sang Mỹ": goods or work go there, not the subject.
        if (rule.name === 'came-to' && MOVES_THINGS.test(view.lowered.slice(Math.max(clause.start, hit.start - 40), hit.start))) continue;
        const objects = firstObjects(view, clause, hit, rule);
        const between = objects[0] ? view.lowered.slice(hit.end, objects[0].start) : '';
        if (objects.length >= 2 && (rule.pairObjects || /giữa/u.test(between))) {
          for (const [a, b] of pairsOf(objects)) push(rule.type, a, b, `${rule.name}:between`, rule.confidence - 0.05);
          continue;
        }
        if (rule.pairObjects && !rule.objectWords.includes('') && !rule.objectWords.includes('của')) continue;
        if (rule.name === 'opens-site-in' && /^\s+rộng/u.test(view.lowered.slice(hit.end, hit.end + 6))) continue; // "mở rộng"
        const parties = rule.type === 'PARTNERS_WITH' ? partiesOf(view, hit, clause) : [];
        if (parties.length > 0) {
          const rest = objects.filter((o) => !parties.includes(o));
          if (rest.length === 0) for (const [a, b] of pairsOf(parties)) push(rule.type, a, b, `${rule.name}:of-parties`, rule.confidence - 0.1);
          else for (const a of parties) for (const o of rest) push(rule.type, a, o, `${rule.name}:of-parties`, rule.confidence - 0.05);
          continue;
        }
        const subjects = subjectsBefore(view, clause, hit.start, (m) => objects.includes(m) || objectOfVerb(view, m));
        if (objects.length === 0) {
          if (rule.pairOnly && isPair(view, subjects, hit, rule)) for (const [a, b] of pairsOf(subjects)) push(rule.type, a, b, `${rule.name}:pair`, rule.confidence - 0.1);
          continue;
        }
        let from = subjects;
        // "chuyến thăm Việt Nam của Tổng thống X": a trip names its traveller after the destination.
        const trip = rule.type === 'VISITS' && (hit.text.startsWith('chuyến') || wordBefore(view.lowered, hit.start) === 'chuyến');
        const traveller = trip ? travellerAfter(view, objects[objects.length - 1]!) : undefined;
        if (traveller) from = [traveller];
        if (from.length === 0) {
          const delegation = delegationBefore(view, view.sentence, hit.start);
          if (delegation) from = [delegation];
        }
        if (from.length === 0) {
          const nominal = /^(?:buổi|cuộc|chuyến)/u.test(hit.text) || ['buổi', 'cuộc', 'chuyến', 'khuôn'].includes(wordBefore(view.lowered, hit.start))
            || inRange(hit, { start: view.sentence.start, end: view.sentence.start + 40 });
          const after = nominal ? subjectAfter(view, objects[objects.length - 1]!.end) : undefined;
          from = after ? [after] : [];
        }
        from = askedInstead(view, from, hit, rule);
        for (const s of from) {
          if (!BODIES.has(s.actor.kind)) continue;
          // An official who opens a plant is not located where it is (nor is the body they lead).
          if (rule.type === 'LOCATED_IN' && s.actor.kind === 'person') continue;
          const who = standIn(view, s, hit);
          for (const o of objects) push(rule.type, who, o, rule.name, rule.confidence);
        }
      }
    }
  }
  return out;
}
