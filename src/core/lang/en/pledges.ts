/**
 * English pledges, one per stated promise or target: a money, people or percent amount in a body
 * clause with a trigger ("invest", "pledged", "a $200 million plant", "train 1,000 engineers"), its
 * pledger (the clause subject; whom a request or a licence names; "by"/"from" after the amount; the
 * subject carried from the sentence before for "the company …"), recipient, kind, status, period and
 * sectors. A pledge needs a known pledger; none is invented. Same output shape as the Vietnamese
 * `findPledges`, so one pledge told in both languages gets one id.
 */
import type { ActorSpan } from '../../actors/types.ts';
import type { Evidence, Pledge, PledgeStatus } from '../../claims.ts';
import type { Quantity } from '../../parse/numbers.ts';
import { toUsd } from '../../parse/numbers.ts';
import type { PeriodMatch } from '../../parse/periods.ts';
import { isCumulative } from '../../pledges/cumulative.ts';
import { pledgeId } from '../../pledges/pledge-id.ts';
import { restatedAmounts } from '../../pledges/restated.ts';
import { findIn, wordBefore, type Hit, type SentenceView } from '../../relations/clause-view.ts';
import type { SectorHit } from '../../sectors/sector-matcher.ts';
import { inComplementEn, placeGoverningWord, subjectBeforeEn, subjectsBeforeEn } from './clause.ts';
import { LICENCES_EN, pledgeKindEn, REQUESTS_EN, STATUS_EN, statusOfCueEn, TRIGGERS_EN } from './pledge-cues.ts';
import { siteOwner } from '../../pledges/site-owner.ts';

/** A project's own money, not statistics over many projects. */
const PROJECT_MONEY_EN = /\b(?:the|its|this) (?:[\w-]+ ){0,3}project(?:'s|’s)? (?:[\w-]+ ){0,3}(?:investment|capital|cost)|total (?:investment|capital)(?: capital)? of|investment capital of|capital of/u;

export interface EnPledgeInputs {
  text: string;
  view: SentenceView;
  quantities: readonly Quantity[];
  periods: readonly PeriodMatch[];
  sectors: readonly SectorHit[];
  year: number | null;
  /** The one investor the article names as such (pledges/named-investor.ts). */
  investor?: ActorSpan;
}

export interface EnCarried {
  by: ActorSpan;
  age: number;
}

const AMOUNT_KINDS = new Set(['money', 'percent', 'count', 'number']);
const NOT_PLEDGED = new Set(['countries', 'centres', 'projects', 'companies', 'investors']);
const SUBJECT_KINDS = new Set(['person', 'government', 'organization', 'company', 'university', 'country', 'place', 'facility']);
const RECIPIENT_WORDS = new Set(['in', 'into', 'to', 'for', 'at']);
const NEGATIONS = new Set(['not', 'no', 'never', "n't"]);
const MONEY_WORDS = /invest|capital|fund|financ|loan|grant|aid|budget|spend|dollar|worth|valued/u;
/** Counts are promised by these verbs only: an existing headcount ("has 2,000 employees") is no pledge. */
const COUNT_VERBS = /\b(?:train|trains|trained|training|educate|hire|hires|hired|hiring|recruit|recruits|recruited|recruiting|employ|employs|create|creates|created|creating|generate|generates|scholarships?|support|supports|provide|provides|offer|offers|develop|nurture|upskill|upskilling|produce)\b/u;
const PERCENT_TARGET = /\b(?:target|targets|aim|aims|goal|will|plans?|expects?|raise|increase|localis|localiz|stake|own|owns|hold)\w*/u;
/** Figures that describe, not promise: market value, results achieved, shares of a total. */
const DESCRIBES = /market (?:value|capitali[sz]ation|cap)|valuation|valued at \$?\d[^,.;]*trillion|profit|(?:revenue|sales|exports?|imports?|turnover|output|trade|gdp|growth)[^,.;]{0,40}(?:reached|reach|hit|was|were|rose|grew|fell|totalled|totaled|amounted to|stood at|of|up|down|surged|jumped)\s|accounted for|accounting for|account for|share of|up from|down from|compared with|compared to|worth of goods/u;
const TARGET = /target|aim|goal|will|plan|expect|by 20\d\d/u;
/** Words that make a percentage a share of something already stated. */
const SHARE_OF = /(?:representing|accounting for|accounts for|account for|making up|makes up|equivalent to|equal to)\s+(?:about\s+|around\s+|nearly\s+|some\s+|roughly\s+)?$/u;
const ANAPHOR = /(?:^|[\s"“])(?:it|its|the (?:company|firm|group|corporation|conglomerate|giant|chipmaker|carmaker|manufacturer|maker|bank|fund|agency|ministry|lender|investor|startup|unit|developer|partner|tech giant|[a-z]+ (?:firm|company|group|giant|maker|chipmaker|conglomerate)))\s+(?:\S+\s+){0,4}$/u;

function nearestBefore(hits: readonly Hit[], offset: number): Hit | undefined {
  let best: Hit | undefined;
  for (const h of hits) if (h.end <= offset && (!best || h.start > best.start)) best = h;
  return best;
}

function statusBefore(view: SentenceView, from: number, to: number): PledgeStatus | undefined {
  const cues = findIn(STATUS_EN, view, { start: from, end: to });
  for (let i = cues.length - 1; i >= 0; i--) {
    const cue = cues[i]!;
    const before = wordBefore(view.lowered, cue.start);
    if (NEGATIONS.has(before) || /n[’']t\s+$/u.test(view.lowered.slice(Math.max(0, cue.start - 6), cue.start))) continue;
    return statusOfCueEn(cue.text);
  }
  return undefined;
}

const VENTURE_OF = /(?:joint venture|consortium|venture)\s+(?:between|of|comprising|including|formed by)\s+(?:the\s+)?/gu;

/** The first party named right after "a joint venture between" before `offset` in the sentence. */
function ventureFirst(view: SentenceView, offset: number): ActorSpan | undefined {
  const from = view.sentence.start;
  const last = [...view.lowered.slice(from, offset).matchAll(VENTURE_OF)].at(-1);
  if (!last) return undefined;
  const opened = from + last.index + last[0].length;
  const first = view.mentions.find((x) => x.start >= opened && x.end <= offset);
  return first && /^\s*$/u.test(view.lowered.slice(opened, first.start)) && first.actor.kind === 'company' ? first : undefined;
}

/** A subject listed in a joint venture's partners stands for its first-named partner ("between Tokyo Gas, Kyuden and Truong Thanh"). */
function ventureHead(view: SentenceView, m: ActorSpan): ActorSpan {
  const first = ventureFirst(view, m.start + 1);
  return first && first.start <= m.start ? first : m;
}

const OPENS_WITH_ANAPHOR = /^[^\p{L}]*(?:it|they|the (?:company|firm|group|corporation|conglomerate|giant|chipmaker|manufacturer|maker|unit|startup))\s/u;
const EACH = /(?:^|\s)each\s/u;
const EACH_KINDS = new Set(['company', 'organization', 'university', 'government', 'country']);

/** "a demand for 50,000 engineers", "a shortage of 10,000": the need, not anyone's promise, even in a target sentence. */
const DEMAND = /\b(?:demand|need|needs|shortage|deficit|gap)\s+(?:of|for)\s+(?:(?:about|around|some|roughly|nearly|up to|at least|more than|over)\s+)?$/u;

function describes(lowered: string, from: number, q: Quantity): boolean {
  const before = lowered.slice(Math.max(from, q.phraseStart - 80), q.phraseStart);
  if (DEMAND.test(before)) return true;
  const after = lowered.slice(q.end, q.end + 30);
  const target = TARGET.test(lowered.slice(from, q.phraseStart));
  // "a 21% increase in profit before tax": profit is no promise, even as a target (revenue may be one).
  if (/^\s+(?:[a-z]+\s+)?(?:in|of)\s+(?:net\s+)?(?:profit|profits|earnings)\b/u.test(after)) return true;
  // "20% of total exports" describes; "targets $40 million in revenue" is a target.
  if (/^\s+(?:of|in) (?:the |its )?(?:total|market|gdp|global|world|revenue|exports|share)/u.test(after)) return !target;
  return DESCRIBES.test(before) && !target;
}

/** Who the amount comes from when the subject does not say: "an investment of $X by Y", "a $X grant from Japan", "a $X deal between Y and Z" (the first party). */
function agentAfter(view: SentenceView, q: Quantity, clauseEnd: number): ActorSpan | undefined {
  return view.mentions.find((m) => m.start >= q.end && m.end <= clauseEnd && m.start - q.end < 60
    && ['by', 'from', 'between'].includes(wordBefore(view.lowered, m.start)) && SUBJECT_KINDS.has(m.actor.kind) && m.actor.kind !== 'place');
}

/** "in the northern province of Thai Binh", "in southern Vietnam": the word governing the place, past place and compass words. */
function recipientWordBefore(lowered: string, m: ActorSpan): boolean {
  return RECIPIENT_WORDS.has(placeGoverningWord(lowered, m.start));
}

function recipient(view: SentenceView, clause: { start: number; end: number }, trigger: Hit, q: Quantity, by: string): string | null {
  const governed = (m: ActorSpan) => m.actor.id !== by && recipientWordBefore(view.lowered, m) && m.end <= clause.end && m.actor.kind !== 'person';
  const afterAmount = view.mentions.find((m) => m.start >= q.end && governed(m));
  if (afterAmount) return afterAmount.actor.id;
  const afterTrigger = view.mentions.find((m) => m.start >= trigger.end && m.start < q.start && governed(m));
  if (afterTrigger) return afterTrigger.actor.id;
  const where = view.mentions.find((m) => m.actor.id !== by && (m.actor.kind === 'country' || m.actor.kind === 'place') && m.start >= clause.start && m.end <= clause.end
    && recipientWordBefore(view.lowered, m));
  return where?.actor.id ?? null;
}

function nearestPeriod(inputs: EnPledgeInputs, clause: { start: number; end: number }, q: Quantity): { start: number; end: number } | null {
  const inClause = inputs.periods.filter((p) => p.period && p.start >= clause.start && p.end <= clause.end);
  const pool = inClause.length > 0 ? inClause : inputs.periods.filter((p) => p.period);
  let best: PeriodMatch | undefined;
  for (const p of pool) if (!best || Math.abs(p.start - q.start) < Math.abs(best.start - q.start)) best = p;
  return best?.period ?? null;
}

const STATED = new WeakSet<Pledge>();

/** Whether a pledge also states a relation in its sentence (not when carried from an earlier one). */
export function statesRelationEn(p: Pledge): boolean {
  return STATED.has(p);
}

/** Pledges of one sentence; `carried` is read and updated for the next sentence. */
export function findEnglishPledges(inputs: EnPledgeInputs, carried: { value: EnCarried | null }): Pledge[] {
  const { view } = inputs;
  const out: Pledge[] = [];
  const restated = restatedAmounts(inputs.quantities, view.lowered);
  for (const clause of view.clauses) {
    const triggers = findIn(TRIGGERS_EN, view, clause);
    if (triggers.length === 0) continue;
    const clauseText = view.lowered.slice(clause.start, clause.end);
    for (const q of inputs.quantities) {
      if (q.start < clause.start || q.end > clause.end || !AMOUNT_KINDS.has(q.kind) || q.per || NOT_PLEDGED.has(q.unit ?? '')) continue;
      if (restated.has(q) || describes(view.lowered, clause.start, q)) continue;
      if (q.unit === null && (q.value < 1e6 || !MONEY_WORDS.test(clauseText))) continue;
      if (q.kind === 'count' && !COUNT_VERBS.test(view.lowered.slice(clause.start, Math.min(clause.end, q.end + 40)))) continue;
      if (q.kind === 'percent' && !PERCENT_TARGET.test(view.lowered.slice(clause.start, q.start))) continue;
      // "representing 75% of total investments": a share of an amount already read, not a target of its own.
      if (q.kind === 'percent' && SHARE_OF.test(view.lowered.slice(Math.max(clause.start, q.phraseStart - 30), q.phraseStart))) continue;
      const trigger = triggers.find((t) => t.end <= q.phraseStart) ?? triggers.find((t) => t.start >= q.end && t.start - q.end < 40);
      if (!trigger) continue;
      const near = nearestBefore(triggers, q.phraseStart) ?? trigger;
      const pledge = buildPledge(inputs, clause, trigger, near, q, carried.value);
      if (!pledge) continue;
      out.push(pledge);
      // "Sumitomo and SBI Holdings will each acquire a 20% stake": the same promise by every party listed.
      if (EACH.test(view.lowered.slice(clause.start, q.phraseStart))) {
        for (const other of subjectsBeforeEn(view, clause, trigger.start)) {
          if (other.actor.id === pledge.by || !EACH_KINDS.has(other.actor.kind)) continue;
          const core = { by: other.actor.id, to: pledge.to, kind: pledge.kind, amount: pledge.amount, unit: pledge.unit, period: pledge.period };
          out.push({ ...pledge, ...core, id: pledgeId(core) });
        }
      }
    }
  }
  updateCarried(view, carried);
  return out;
}

function buildPledge(inputs: EnPledgeInputs, clause: { start: number; end: number }, trigger: Hit, near: Hit, q: Quantity, carried: EnCarried | null): Pledge | null {
  const { view, text } = inputs;
  const sentence = view.sentence;
  let by: ActorSpan | undefined;
  let requestedBy: string | null = null;
  let status: PledgeStatus | undefined;
  let confidence = 0.7;
  const request = nearestBefore(findIn(REQUESTS_EN, view, { start: sentence.start, end: trigger.start }), trigger.start);
  if (request && /^\s+(?:\S+\s+){0,6}?to\s/u.test(view.lowered.slice(request.end, trigger.start + 1)) || request && /called on|calls on|urged|asked|invited|encouraged/u.test(request.text)) {
    const asked = view.mentions.find((m) => m.start >= request!.end && m.end <= trigger.start && SUBJECT_KINDS.has(m.actor.kind) && !inComplementEn(view, m));
    const asker = subjectBeforeEn(view, sentence, request!.start);
    if (asked) {
      by = asked;
      requestedBy = asker && asker.actor.id !== asked.actor.id ? asker.actor.id : null;
      status = /wants|wanted|hoped|hopes|expects|expected|welcomed|welcomes/u.test(request!.text) ? undefined : 'proposed';
    }
  }
  const licence = findIn(LICENCES_EN, view, { start: sentence.start, end: q.phraseStart }).at(-1);
  if (!by && licence) by = view.mentions.find((m) => m.start >= licence.end && m.start - licence.end < 4);
  if (!by) {
    // "Under the deal, X will invest …": a lead-in noun ("deal", "agreement") is a trigger with no one before
    // it, so the subject of the trigger nearest the amount stands.
    const subject = subjectBeforeEn(view, clause, trigger.start) ?? subjectBeforeEn(view, sentence, trigger.start)
      ?? (near !== trigger ? subjectBeforeEn(view, clause, near.start) : undefined);
    by = subject ?? ventureFirst(view, trigger.start) ?? agentAfter(view, q, clause.end);
  }
  // "A joint venture between Tokyo Gas, Kyuden International, and Truong Thanh was handed …": the venture's first-named partner.
  if (by) by = ventureHead(view, by);
  // "The company will invest …": with no one named, the subject of the sentence before.
  // The anaphor may stand before the verb nearest the amount, past an earlier cue ("To reach this target, the company will invest …").
  const anaphorBefore = (t: { start: number }) => ANAPHOR.test(view.lowered.slice(Math.max(sentence.start, t.start - 60), t.start));
  if (!by && carried && (anaphorBefore(trigger) || (near !== trigger && anaphorBefore(near)))) {
    by = carried.by;
    confidence = 0.5;
  }
  if (by) {
    const owner = siteOwner(by, q.kind === 'money', view.lowered.slice(clause.start, q.phraseStart), view.mentions, q.start, carried?.by);
    if (!owner) return null;
    by = owner;
  }
  // "The project's total investment is VND3.73 trillion": a project's amount with no one named is the article's named investor's.
  if (!by && q.kind === 'money' && inputs.investor && PROJECT_MONEY_EN.test(view.lowered.slice(clause.start, q.phraseStart))) {
    by = inputs.investor;
    confidence = 0.45;
  }
  if (!by || (by.actor.kind === 'place' && q.kind !== 'money')) return null;
  // "Huang said Nvidia …", "the CEO said it will …": a person pledges for the body they lead.
  const led = by.actor.kind === 'person' ? view.roleOrg.get(by.actor.id) : undefined;
  if (led) by = { ...by, actor: { ...by.actor, id: led, kind: 'organization' } };
  if (by.actor.kind === 'person') return null;
  status ??= statusBefore(view, sentence.start, q.phraseStart) ?? statusBefore(view, trigger.start, clause.end) ?? 'committed';
  const window = view.lowered.slice(near.start, Math.min(clause.end, q.end + (q.kind === 'money' ? 30 : 50)));
  let kind = pledgeKindEn(window, q.unit);
  if (kind === 'other' && q.kind === 'money') kind = pledgeKindEn(view.lowered.slice(clause.start, clause.end), q.unit);
  const to = recipient(view, clause, trigger, q, by.actor.id);
  const period = nearestPeriod(inputs, clause, q);
  const amountUsd = toUsd(q.value, q.unit, period?.start ?? inputs.year);
  const sectors = [...new Set(inputs.sectors.filter((s) => s.start >= sentence.start && s.end <= sentence.end).map((s) => s.sector.id))].sort();
  const evidence: Evidence = { quote: text.slice(sentence.start, sentence.end), start: sentence.start, end: sentence.end, rule: requestedBy ? 'pledge:en-request' : 'pledge:en-subject-trigger-amount', confidence };
  const unit = q.unit === 'investors' ? 'companies' : q.unit;
  const core = { by: by.actor.id, to, kind, amount: q.value, unit, period };
  const pledge: Pledge = {
    id: pledgeId(core), ...core, amountText: q.text, amountUsd, qualifier: q.qualifier, incremental: q.incremental,
    cumulative: isCumulative(view.lowered, clause.start, q.phraseStart), status, requestedBy, sectors, evidence: [evidence],
  };
  if (confidence >= 0.7 && !/attract/u.test(trigger.text)) STATED.add(pledge);
  return pledge;
}

function updateCarried(view: SentenceView, carried: { value: EnCarried | null }): void {
  // "It is operating a data centre using Nvidia technology": a sentence about the one carried keeps it, whoever else it names.
  if (carried.value && OPENS_WITH_ANAPHOR.test(view.lowered.slice(view.sentence.start, view.sentence.start + 40))) {
    carried.value.age = 0;
    return;
  }
  const subject = view.mentions.find((m) => m.actor.kind !== 'place' && m.actor.kind !== 'country' && m.actor.kind !== 'person' && !inComplementEn(view, m));
  if (subject) carried.value = { by: subject, age: 0 };
  else if (carried.value && ++carried.value.age > 3) carried.value = null;
}
