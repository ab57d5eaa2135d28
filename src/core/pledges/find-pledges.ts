/**
 * Pledges, one per stated promise or target: a money/people/percent amount in a body clause with a
 * trigger verb, its pledger (the clause subject, or whom a request names), recipient, kind, status,
 * period and sectors. A pledge needs a known pledger; none is invented.
 */
import type { ActorSpan } from '../actors/types.ts';
import type { Evidence, Pledge, PledgeStatus } from '../claims.ts';
import type { Quantity } from '../parse/numbers.ts';
import { toUsd } from '../parse/numbers.ts';
import type { PeriodMatch } from '../parse/periods.ts';
import { findIn, listed, objectsAfter, subjectBefore, wordBefore, type SentenceView, type Hit } from '../relations/clause-view.ts';
import type { SectorHit } from '../sectors/sector-matcher.ts';
import { LICENCES, pledgeKind, REQUESTS, STATUS_RE, statusOfCue, TRIGGERS, VALUED_THING } from './pledge-cues.ts';
import { isCumulative } from './cumulative.ts';
import { pledgeId } from './pledge-id.ts';
import { isAnaphor, noteAntecedents, resolveAnaphor, type Antecedents } from './anaphora.ts';
import { passiveAgents, projectAgent } from './project-agent.ts';
import { restatedAmounts } from './restated.ts';
import { siteOwner } from './site-owner.ts';

export interface PledgeInputs {
  text: string;
  view: SentenceView;
  quantities: readonly Quantity[];
  periods: readonly PeriodMatch[];
  sectors: readonly SectorHit[];
  /** Actor id of the article's main country: the recipient when the text names none. */
  home: string | null;
  year: number | null;
  /** The one investor the article names as such (named-investor.ts): a project's pledger when its sentence names none. */
  investor?: ActorSpan;
}

/** The subject a sentence leaves for the next ones ("Trung tâm … Đặc biệt, mong muốn …"). */
export interface Carried {
  by: ActorSpan;
  status: PledgeStatus | null;
  age: number;
}

/** A project's own money: its total or its capital, whoever puts it in. */
const PROJECT_MONEY = /tổng vốn|tổng mức đầu tư|vốn đầu tư|dự án/u;
/** Statistics over many projects ("19 dự án … tổng vốn đăng ký") are no one project's money. */
const PROJECT_COUNTS = /\d\s+dự án|vốn đăng ký|tổng vốn fdi/u;
const AMOUNT_KINDS = new Set(['money', 'percent', 'count', 'number']);
const GROUP_UNITS = new Set(['companies', 'investors', 'countries']);
/** Counts that describe the event or the past, not a promise ("ba quốc gia", "24 trung tâm"). */
const NOT_PLEDGED = new Set(['countries', 'centres', 'projects']);
const UNIT_NAMES: Record<string, string> = { investors: 'companies' };
const WHERE_WORDS = new Set(['tại', 'ở', 'từ', 'của', 'cùng', 'với']);
const GROUP_TARGET = /thu hút|mục tiêu|phấn đấu|kêu gọi|hỗ trợ|đào tạo|ươm tạo/u;
/**
 * "Nhà khổng lồ năng lượng mặt trời Trung Quốc đầu tư …": a country closing one company's description
 * is its home, not the investor ("doanh nghiệp Đan Mạch", firms of a country, stay the country's).
 */
const DESCRIBED_BEFORE = /(?:^|\s)(?:nhà khổng lồ|gã khổng lồ|ông lớn|hãng|tập đoàn|nhà sản xuất)(?:\s+[^\s,.;:()\d]+){0,6}\s+$/u;
/** "cùng với tổng đóng góp của các đối tác châu Âu đạt 2,8 tỷ euro": an unnamed group's money; nobody known pledges it. */
const GROUP_OWNER = /của\s+(?:các|những|nhiều)\s+[^,.;]{0,40}$/u;
const VAGUE = /^(?:nhiều|vài|hàng|mấy)\s/u;
const MONEY_WORDS = /đầu tư|vốn|giải ngân|kim ngạch|hợp đồng|tài trợ|viện trợ/u;
/**
 * Figures that describe, not promise: market value, results achieved, spending on research. Read on
 * the clause up to the amount; a target word ("mục tiêu", "sẽ", "phấn đấu") makes it a promise again.
 */
const DESCRIBES = /vốn hóa|vốn hoá|giá trị thị trường|lợi nhuận|(?:doanh thu|doanh số|xuất khẩu|kim ngạch|sản lượng)[^,.;]{0,40}(?:đạt|là|ước đạt|tăng|giảm)\s/u;
const REVENUE = /^doanh (?:thu|số)$/u;
const TARGET = /mục tiêu|phấn đấu|hướng tới|hướng đến|sẽ|dự kiến|kỳ vọng|kế hoạch|cam kết/u;
const RESEARCH_AFTER = /^\s*(?:cho|vào)\s+(?:(?:hoạt động|công tác)\s+)?nghiên cứu/u;
const RECIPIENT_WORDS = new Set(['tại', 'vào', 'cho', 'ở', 'sang', 'tới', 'đến']);
const SUBJECT_KINDS = new Set(['person', 'government', 'organization', 'company', 'university', 'country', 'place', 'facility']);

function lowerOf(inputs: PledgeInputs, q: Quantity): string {
  return inputs.view.lowered.slice(q.phraseStart, q.end);
}

function nearestBefore(hits: Hit[], offset: number): Hit | undefined {
  let best: Hit | undefined;
  for (const h of hits) if (h.end <= offset && (!best || h.start > best.start)) best = h;
  return best;
}

/** "các bên đặt mục tiêu …", "hai bên sẽ …": the parties together act; no one of them is carried in as the pledger. */
const PARTIES_ACT = /(?:^|\s)(?:các|hai|ba|bốn)\s+bên\s/u;
/** Who hosts or licenses rather than invests: a government, a place, or a person speaking for one. */
const AUTHORITIES = new Set(['government', 'place', 'country']);
const SIGNED_WITH = /(?:ký|ký kết|trao)[^.;]{0,40}$/u;

function authorityKind(view: SentenceView, m: ActorSpan): string {
  if (m.actor.kind !== 'person') return m.actor.kind;
  const body = view.roleOrg.get(m.actor.id);
  return body ? (view.mentions.find((x) => x.actor.id === body)?.actor.kind ?? 'government') : 'government';
}

const REPRESENTS = /(?:^|\s)(?:thay mặt|đại diện)(?:\s+cho)?\s+$/u;

/** "cấp giấy chứng nhận đầu tư cho 3 dự án của Coherent": the licensed projects' owner is the one licensed. */
const LICENSED_PROJECT_OF = /^\s*(?:(?:\d+|các|hai|ba|bốn|năm)\s+)?dự án(?:\s+[^\s,.;]+){0,6}?\s+(?:của|do)\s+$/u;

const OWNER_GAP = /^\s+của\s+(?:(?:công ty|tập đoàn|hãng|doanh nghiệp)(?:\s+(?:tnhh|cổ phần))?\s+)?$/u;

/** "X, một công ty con thuộc Tập đoàn Y, …": Y is whose X is, in an aside; X acts. */
const BELONGS_BEFORE = /(?:^|\s)(?:trực\s+)?thuộc\s+(?:(?:tập đoàn|tổng công ty|công ty|hãng)\s+)?$/u;

function belongsTo(view: SentenceView, m: ActorSpan): boolean {
  return BELONGS_BEFORE.test(view.lowered.slice(Math.max(view.sentence.start, m.start - 30), m.start));
}

const NOT_CARRIED = new Set(['place', 'country', 'person']);
/** Words after which a name is a complement, not whom the next sentences speak of. */
const NOT_SUBJECT_AFTER = new Set(['tại', 'ở', 'vào', 'với', 'của', 'cho', 'từ', 'giữa', 'và', 'thuộc']);

const NEGATIONS = new Set(['không', 'chưa', 'chẳng']);

/** The last status cue in the range, skipping negated ones ("không dừng lại" is no cancellation). */
function statusBefore(inputs: PledgeInputs, from: number, to: number): PledgeStatus | undefined {
  const cues = findIn(STATUS_RE, inputs.view, { start: from, end: to });
  for (let i = cues.length - 1; i >= 0; i--) {
    const cue = cues[i]!;
    if (!NEGATIONS.has(wordBefore(inputs.view.lowered, cue.start))) return statusOfCue(cue.text);
  }
  return undefined;
}

/** "15 công ty … muốn đầu tư": a counted group before the trigger is an unnamed subject; "một công ty con" is an appositive, no group. */
function groupBetween(inputs: PledgeInputs, from: number, to: number): boolean {
  return inputs.quantities.some((q) => q.start >= from && q.end <= to && GROUP_UNITS.has(q.unit ?? '') && q.value > 1);
}

/** A group reported by someone ("… báo tin, 15 công ty … muốn đầu tư") is attributed to their country. */
function countryMention(view: SentenceView, country: string, near: ActorSpan): ActorSpan {
  return view.mentions.find((m) => m.actor.id === country) ?? { ...near, actor: { ...near.actor, id: country, kind: 'country' } };
}

/** The place or actor the amount goes to: after the amount first ("… 300 triệu USD tại TPHCM"), then after the verb. */
function recipient(inputs: PledgeInputs, clause: { start: number; end: number }, trigger: Hit, q: Quantity, by: string): string | null {
  const { view } = inputs;
  const governed = (m: ActorSpan) => m.actor.id !== by && RECIPIENT_WORDS.has(wordBefore(view.lowered, m.start)) && m.end <= clause.end;
  const afterAmount = view.mentions.find((m) => m.start >= q.end && governed(m));
  if (afterAmount) return afterAmount.actor.id;
  const after = objectsAfter(view, clause, trigger.end, true).filter(governed);
  if (after.length > 0) return after[after.length - 1]!.actor.id;
  const where = view.mentions.find((m) => m.actor.id !== by && (m.actor.kind === 'country' || m.actor.kind === 'place')
    && RECIPIENT_WORDS.has(wordBefore(view.lowered, m.start)));
  if (where) return where.actor.id;
  // "hỗ trợ 30 trường đại học hàng đầu Việt Nam", the other of a pair ("Việt - Hàn đặt mục tiêu"): a country the clause names.
  const named = view.mentions.find((m) => m.actor.id !== by && m.actor.kind === 'country' && m.start >= clause.start && m.end <= clause.end);
  // None stated: no recipient (the gold rule), rather than guessing the article's country.
  return named?.actor.id ?? null;
}

/**
 * Whether a pledge also states a relation in its sentence: not when the pledger only attracts money
 * ("thu hút … nhà đầu tư") or was carried over from an earlier sentence.
 */
const STATED = new WeakSet<Pledge>();

export function statesRelation(p: Pledge): boolean {
  return STATED.has(p);
}

/** "tổng nhu cầu khoảng 50.000 nhân lực": a demand or shortage is the need, not anyone's promise, even in a target sentence. */
const FOREIGN_OWNED = /^\s*vốn\s+(?:đầu tư\s+)?(?:nước ngoài|fdi|của nhà đầu tư nước ngoài)/u;
const DEMAND = /(?:nhu cầu|thiếu hụt|thiếu khoảng)[^,.;:()]{0,30}$/u;

function describes(lowered: string, from: number, q: Quantity): boolean {
  const before = lowered.slice(Math.max(from, q.phraseStart - 80), q.phraseStart);
  if (DEMAND.test(before)) return true;
  // "doanh nghiệp 100% vốn nước ngoài": who owns a company, not what it promises.
  if (q.unit === 'percent' && FOREIGN_OWNED.test(lowered.slice(q.end, q.end + 30))) return true;
  if (RESEARCH_AFTER.test(lowered.slice(q.end, q.end + 40)) && /(?:chi|dành|đầu tư|kinh phí)[^,.;]{0,20}$/u.test(before)) return true;
  return DESCRIBES.test(before) && !TARGET.test(lowered.slice(from, q.phraseStart));
}

/** What one article's earlier sentences leave for the next: the subject carried, actors by the head noun they were named with. */
export interface PledgeMemory {
  value: Carried | null;
  seen: Antecedents;
  /** Who made the last pledge read: "Trong đó, 25,5 triệu euro …" details that total. */
  lastPledger?: ActorSpan;
}

export const pledgeMemory = (): PledgeMemory => ({ value: null, seen: new Map() });

/** A sentence that opens by breaking down the amount before ("Trong đó, …", "Cụ thể, …"). */
const PARTS_LEAD = /^[^\p{L}]*(?:trong đó|trong số đó|cụ thể|bao gồm)\s*[,:]?\s/u;

/** Whether trigger `t` announces an amount here. */
function announces(view: SentenceView, clause: { start: number }, t: Hit): boolean {
  // A verb inside a name is no verb: "chi" in "Vũ Chi Mai", "đầu tư" in "Bộ Kế hoạch và Đầu tư".
  if (view.mentions.some((m) => m.start <= t.start && t.end <= m.end)) return false;
  // "cung cấp" (to supply: "Công ty cung cấp linh kiện Meiko …") is not "cấp" (to grant).
  if (t.text === 'cấp' && view.lowered.slice(Math.max(0, t.start - 5), t.start) === 'cung ') return false;
  if (t.text === 'trị giá') return VALUED_THING.test(view.lowered.slice(clause.start, t.start));
  // Revenue is a promise only as a target ("dự kiến năm nay, doanh thu … đạt"): achieved revenue is no pledge.
  if (REVENUE.test(t.text)) return TARGET.test(view.lowered.slice(view.sentence.start, t.start));
  return true;
}

/** Pledges of one sentence; `carried` is read and updated for the next sentence. */
export function findPledges(inputs: PledgeInputs, carried: PledgeMemory): Pledge[] {
  const { view } = inputs;
  const { seen } = carried;
  const pledges: Pledge[] = [];
  const restated = restatedAmounts(inputs.quantities, view.lowered);
  for (const clause of view.clauses) {
    const triggers = findIn(TRIGGERS, view, clause).filter((t) => announces(view, clause, t));
    if (triggers.length === 0) continue;
    for (const q of inputs.quantities) {
      if (q.start < clause.start || q.end > clause.end || !AMOUNT_KINDS.has(q.kind) || q.per || NOT_PLEDGED.has(q.unit ?? '')) continue;
      if (VAGUE.test(lowerOf(inputs, q)) || restated.has(q) || describes(view.lowered, clause.start, q)) continue;
      // A bare large number ("con số hơn 5 tỷ") counts only where money is being talked about.
      if (q.unit === null && (q.value < 1e6 || !MONEY_WORDS.test(view.lowered.slice(clause.start, clause.end)))) continue;
      const trigger = triggers.find((t) => t.end <= q.phraseStart) ?? triggers.find((t) => t.start >= q.end && t.start - q.end < 30);
      if (!trigger) continue;
      if (GROUP_UNITS.has(q.unit ?? '') && trigger.start >= q.end) continue; // the group is the subject
      // "khóa đào tạo tại 5 trường đại học Nhật Bản", "hợp tác cùng 5 trường": the schools are where or with whom, not what is promised.
      if (q.unit === 'universities' && WHERE_WORDS.has(wordBefore(view.lowered, q.phraseStart))) continue;
      // "Trina nằm trong số 5 công ty …": a count of companies is a promise only as a target to attract them.
      if (GROUP_UNITS.has(q.unit ?? '') && !GROUP_TARGET.test(view.lowered.slice(clause.start, q.phraseStart))) continue;
      const near = nearestBefore(triggers, q.phraseStart) ?? trigger;
      const parts = PARTS_LEAD.test(view.lowered.slice(view.sentence.start, view.sentence.start + 20));
      const pledge = buildPledge(inputs, clause, trigger, near, q, carried.value, seen, carried.lastPledger, parts);
      if (pledge) pledges.push(pledge);
    }
  }
  const last = pledges.at(-1);
  if (last) carried.lastPledger = view.mentions.find((m) => m.actor.id === last.by) ?? carried.lastPledger;
  updateCarried(inputs, carried);
  noteAntecedents(view, seen);
  return pledges;
}

function buildPledge(inputs: PledgeInputs, clause: { start: number; end: number }, trigger: Hit, near: Hit, q: Quantity, carried: Carried | null, seen: Antecedents, previous?: ActorSpan, partsLead = false): Pledge | null {
  const { view, text } = inputs;
  const sentence = view.sentence;
  let by: ActorSpan | undefined;
  let pairTo: string | null = null;
  let requestedBy: string | null = null;
  let status: PledgeStatus | undefined;
  const request = nearestBefore(findIn(REQUESTS, view, { start: sentence.start, end: trigger.start }), trigger.start);
  if (request) {
    const asked = view.mentions.find((m) => m.start >= request.end && m.end <= trigger.start && SUBJECT_KINDS.has(m.actor.kind)
      && !['tại', 'ở', 'với', 'của', 'cho'].includes(wordBefore(view.lowered, m.start)));
    const asker = subjectBefore(view, sentence, request.start);
    if (asked) {
      by = asked;
      requestedBy = asker && asker.actor.id !== asked.actor.id ? asker.actor.id : null;
    } else {
      by = asker;
    }
    status = statusOfCue(request.text) ?? 'proposed';
  }
  const licence = findIn(LICENCES, view, { start: sentence.start, end: q.phraseStart }).at(-1);
  if (!by && licence) {
    by = view.mentions.find((m) => m.start >= licence.end && m.start - licence.end < 3)
      ?? view.mentions.find((m) => m.start >= licence.end && m.start - licence.end < 60 && LICENSED_PROJECT_OF.test(view.lowered.slice(licence.end, m.start)));
  }
  if (!by) {
    // "vốn của Samsung", "tổng vốn đầu tư 1,2 tỷ USD của Công ty X": whose money it is.
    const owner = view.mentions.find((m) => m.start > trigger.end && /^\s+của\s+$/u.test(view.lowered.slice(trigger.end, m.start)))
      ?? view.mentions.find((m) => m.start >= q.end && OWNER_GAP.test(view.lowered.slice(q.end, m.start)) && m.actor.kind !== 'place' && m.actor.kind !== 'country');
    // "kim ngạch thương mại Việt Nam - Nhật Bản": a pair's trade target is theirs.
    const pair = pairAfter(view, trigger.end, q.phraseStart);
    if (pair) {
      by = pair[0];
      pairTo = pair[1].actor.id;
    }
    const owned = (m: ActorSpan) => belongsTo(view, m);
    let subject = owner ?? ownerOfPlan(view, clause, q) ?? projectAgent(view, clause) ?? subjectBefore(view, clause, trigger.start, owned) ?? partyAfter(view, clause, q)
      ?? resolveAnaphor(view, seen, clause.start, Math.max(trigger.start, q.phraseStart))
      ?? projectAgent(view) ?? subjectBefore(view, sentence, trigger.start, owned);
    // "tập đoàn này" read as the last company named: the last one named a "tập đoàn" is meant.
    if (subject && isAnaphor(view, subject)) subject = resolveAnaphor(view, seen, subject.start, subject.end) ?? subject;
    // "Trong đó, 25,5 triệu euro được dành cho …": with no subject of its own before the verb, a part is the total's pledger's.
    if (partsLead && previous && (!subject || subject.start < clause.start || subject.start > trigger.start)) subject = previous;
    if (by) { /* the pair */ } else if (subject && !groupBetween(inputs, subject.end, trigger.start)) by = subject;
    else if (subject?.actor.country) by = countryMention(view, subject.actor.country, subject);
  }
  // "Việt Nam - Lào hướng tới kim ngạch …": the pledger read is the pair's second; the pair's first speaks.
  const first = by && !pairTo && by.actor.kind === 'country' && by.start >= sentence.start ? pairFirst(view, by) : undefined;
  if (first) {
    pairTo = by!.actor.id;
    by = first;
  }
  let confidence = 0.7;
  const together = PARTIES_ACT.test(view.lowered.slice(clause.start, trigger.start));
  // "các bên đặt mục tiêu đào tạo 5.000 kỹ sư" after "A, B và C bắt tay đào tạo 5.000 kỹ sư": the same promise, the last pledger's.
  if (!by && together && previous) {
    by = previous;
    confidence = 0.5;
  }
  if (!by && carried && !groupBetween(inputs, sentence.start, trigger.start) && !together) {
    by = carried.by;
    status ??= carried.status ?? undefined;
    confidence = 0.5;
    // "Cam kết tài trợ 10 tỷ đồng mỗi năm cho ĐHQG": the one carried is who receives here; the last pledger gives.
    const receives = view.mentions.some((m) => m.actor.id === by!.actor.id && m.start > trigger.start && RECIPIENT_WORDS.has(wordBefore(view.lowered, m.start)));
    if (receives) by = previous && previous.actor.id !== by.actor.id ? previous : undefined;
  }
  // "60 nghiên cứu sinh Việt Nam sẽ bắt đầu khóa đào tạo": the country after the people counted is theirs, not the trainer.
  if (by?.actor.kind === 'country' && q.kind === 'count' && by.start >= q.end && by.start - q.end <= 2) return null;
  if (by?.actor.kind === 'country' && DESCRIBED_BEFORE.test(view.lowered.slice(Math.max(sentence.start, by.start - 60), by.start))) {
    by = view.mentions.find((m) => m.start >= by!.end && m.start - by!.end <= 2 && m.actor.kind === 'company');
    if (!by) return null;
  }
  if (GROUP_OWNER.test(view.lowered.slice(Math.max(clause.start, q.phraseStart - 60), q.phraseStart))) return null;
  // "ông X (Chủ tịch UBND tỉnh) đã ký Bản ghi nhớ với Công ty Y về việc mở rộng dự án … vốn 200 triệu USD": the company signed with invests.
  if (by && q.kind === 'money' && AUTHORITIES.has(authorityKind(view, by))) {
    const counterpart = view.mentions.find((m) => m.actor.kind === 'company' && m.start > by!.end && m.end <= q.phraseStart
      && wordBefore(view.lowered, m.start) === 'với' && SIGNED_WITH.test(view.lowered.slice(by!.end, m.start)));
    if (counterpart) by = counterpart;
  }
  if (by) {
    const owner = siteOwner(by, q.kind === 'money', view.lowered.slice(clause.start, q.phraseStart), view.mentions, q.start, carried?.by);
    if (!owner) return null;
    by = owner;
  }
  // "Dự án có tổng mức đầu tư giai đoạn 1 là 20 triệu USD": a project's amount with no one named is the article's named investor's.
  if (!by && q.kind === 'money' && inputs.investor && PROJECT_MONEY.test(view.lowered.slice(clause.start, q.phraseStart))
    && !PROJECT_COUNTS.test(view.lowered.slice(sentence.start, sentence.end))) {
    by = inputs.investor;
    confidence = 0.45;
  }
  if (!by || by.actor.kind === 'place' && q.kind !== 'money') return null;
  // "Tổng giám đốc Samsung Việt Nam … cho biết doanh nghiệp này sẽ đầu tư": a person pledges for the body they lead.
  const led = by.actor.kind === 'person' ? view.roleOrg.get(by.actor.id) : undefined;
  if (led) by = { ...by, actor: { ...by.actor, id: led, kind: 'organization' } };
  // "thay mặt Chính phủ Liên bang Đức, bà X công bố …": she speaks for the body she represents; a person with no body pledges nothing.
  if (by.actor.kind === 'person') {
    const principal = view.mentions.find((m) => m.actor.kind !== 'person' && REPRESENTS.test(view.lowered.slice(Math.max(sentence.start, m.start - 16), m.start)));
    if (!principal) return null;
    by = principal;
  }
  // The cue nearest before the amount says how firm it is ("khánh thành nhà máy … vốn dự kiến 1,6 tỷ USD").
  status ??= statusBefore(inputs, sentence.start, q.phraseStart)
    ?? (/giải ngân/u.test(trigger.text) ? 'in_progress' : undefined)
    ?? statusBefore(inputs, trigger.start, clause.end)
    ?? 'committed';
  // The words from the verb nearest the amount decide the kind; money falls back to the whole clause.
  const window = view.lowered.slice(near.start, Math.min(clause.end, q.end + (q.kind === 'money' ? 20 : 50)));
  let kind = pledgeKind(window, q.unit);
  if (kind === 'other' && q.kind === 'money') kind = pledgeKind(view.lowered.slice(clause.start, clause.end), q.unit);
  const to = pairTo ?? recipient(inputs, clause, trigger, q, by.actor.id);
  const period = nearestPeriod(inputs, clause, q) ?? null;
  const amountUsd = toUsd(q.value, q.unit, period?.start ?? inputs.year);
  const sectors = [...new Set(inputs.sectors.filter((s) => s.start >= sentence.start && s.end <= sentence.end).map((s) => s.sector.id))].sort();
  const evidence: Evidence = { quote: text.slice(sentence.start, sentence.end), start: sentence.start, end: sentence.end, rule: request ? 'pledge:request' : 'pledge:subject-trigger-amount', confidence };
  const unit = q.unit === null ? null : UNIT_NAMES[q.unit] ?? q.unit;
  const core = { by: by.actor.id, to, kind, amount: q.value, unit, period };
  const pledge: Pledge = {
    id: pledgeId(core), ...core, amountText: q.text, amountUsd, qualifier: q.qualifier, incremental: q.incremental,
    cumulative: isCumulative(view.lowered, clause.start, q.phraseStart),
    status, requestedBy, sectors, evidence: [evidence],
  };
  if (confidence >= 0.7 && trigger.text !== 'thu hút' && near.text !== 'thu hút') STATED.add(pledge);
  return pledge;
}

/** "đóng góp vào mục tiêu của Việt Nam về đào tạo 500 tiến sĩ": the plan's or target's owner is whose promise it is. */
const PLAN_OF = /(?:mục tiêu|kế hoạch|cam kết|chiến lược|đề án|chương trình)\s+(?:\S+\s+){0,2}?của\s+$/u;

function ownerOfPlan(view: SentenceView, clause: { start: number }, q: Quantity): ActorSpan | undefined {
  return view.mentions.filter((m) => m.start >= clause.start && m.end <= q.phraseStart && m.actor.kind !== 'person'
    && PLAN_OF.test(view.lowered.slice(Math.max(clause.start, m.start - 40), m.start))).at(-1);
}

/** "Lễ ký kết thỏa thuận … trị giá 100 triệu USD giữa Công ty A (Hàn Quốc) và Tập đoàn B": with no subject, the first party named after "giữa". */
function partyAfter(view: SentenceView, clause: { end: number }, q: Quantity): ActorSpan | undefined {
  const m = view.mentions.find((x) => x.start >= q.end && x.end <= clause.end && x.start - q.end < 40);
  return m && wordBefore(view.lowered, m.start) === 'giữa' && SUBJECT_KINDS.has(m.actor.kind) && m.actor.kind !== 'place' ? m : undefined;
}

/** Two different countries joined by a dash: "Việt Nam - Lào". */
function dashPair(view: SentenceView, a: ActorSpan, b: ActorSpan): boolean {
  return a.actor.id !== b.actor.id && /^\s*[-–]\s*$/u.test(view.lowered.slice(a.end, b.start));
}

/** The country joined by a dash before `second` ("Việt Nam - Lào"), if any. */
function pairFirst(view: SentenceView, second: ActorSpan): ActorSpan | undefined {
  const before = view.mentions.filter((m) => m.end <= second.start && m.actor.kind === 'country').at(-1);
  return before && dashPair(view, before, second) ? before : undefined;
}

/** Two countries joined by a dash between `from` and `to` ("Việt Nam - Nhật Bản"), or null. */
function pairAfter(view: SentenceView, from: number, to: number): [ActorSpan, ActorSpan] | null {
  const inside = view.mentions.filter((m) => m.start >= from && m.end <= to && m.actor.kind === 'country');
  for (let i = 0; i + 1 < inside.length; i++) {
    const a = inside[i]!;
    const b = inside[i + 1]!;
    if (dashPair(view, a, b)) return [a, b];
  }
  return null;
}

function nearestPeriod(inputs: PledgeInputs, clause: { start: number; end: number }, q: Quantity): { start: number; end: number } | null {
  const inClause = inputs.periods.filter((p) => p.period && p.start >= clause.start && p.end <= clause.end);
  const pool = inClause.length > 0 ? inClause : inputs.periods.filter((p) => p.period && p.start >= inputs.view.sentence.start && p.end <= inputs.view.sentence.end);
  let best: PeriodMatch | undefined;
  for (const p of pool) if (!best || Math.abs(p.start - q.start) < Math.abs(best.start - q.start)) best = p;
  return best?.period ?? null;
}

const JV_BEFORE = /(?:^|\s)liên doanh\s+$/u;
const JV_HEAD = /^liên doanh\s/u;

/** "A, B và liên doanh C công bố dự án …": the joint venture the partners list carries the project's money. */
function jointVenture(view: SentenceView, first: ActorSpan): ActorSpan | undefined {
  let prev = first;
  for (const m of view.mentions) {
    if (m.start <= first.start) continue;
    if (!listed(view, prev, m)) return undefined;
    if (JV_BEFORE.test(view.lowered.slice(Math.max(0, m.start - 12), m.start)) || JV_HEAD.test(view.lowered.slice(m.start, m.end))) return m;
    prev = m;
  }
  return undefined;
}

function updateCarried(inputs: PledgeInputs, carried: PledgeMemory): void {
  const { view } = inputs;
  // "Dự án … do X đầu tư": the investor named by the passive is whom the next sentences speak of.
  const agents = passiveAgents(view);
  // By actor: the developer may be named again in brackets ("Đô thị Kinh Bắc (HoSE: KBC)").
  const developers = new Set(agents.filter((a) => a.park).map((a) => a.mention.actor.id));
  // What a project belongs to ("Đây là dự án thuộc KCN X") is no subject, nor a name opening brackets ("(HoSE: KBC)").
  const subject = agents.find((a) => !a.park)?.mention ?? view.mentions.find((m) => !NOT_CARRIED.has(m.actor.kind) && !developers.has(m.actor.id)
    && view.lowered[m.start - 1] !== '(' && !NOT_SUBJECT_AFTER.has(wordBefore(view.lowered, m.start)));
  const status = statusBefore(inputs, view.sentence.start, view.sentence.end) ?? null;
  if (subject) {
    carried.value = { by: jointVenture(view, subject) ?? subject, status, age: 0 };
  } else if (carried.value && ++carried.value.age > 4) {
    carried.value = null;
  }
}
