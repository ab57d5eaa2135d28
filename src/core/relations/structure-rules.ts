/**
 * Relations about how actors sit together: subsidiary of (gazetteer `partOf`, "X thuộc Y") and
 * located in ("X tại Y", "X (Hàn Quốc)", "khu công nghiệp X, huyện Y, tỉnh Z").
 */
import type { ActorSpan, ActorCandidate } from '../actors/types.ts';
import type { RelationType } from '../claims.ts';
import { findIn, matchesWhole, nonSpaceCount, phraseRegex, subjectBefore, type SentenceView } from './clause-view.ts';
import { evidenceOf, type RelationDraft } from './relation-draft.ts';

const BODIES = new Set(['government', 'organization', 'company', 'university', 'facility']);
const WHERE = new Set(['place', 'country', 'facility']);

/** The judged vocabulary has no PART_OF or OPERATES: a body belongs to a body, anything else sits in a place. */
function belongsType(child: ActorCandidate, parent: ActorCandidate): RelationType {
  return GEO.has(parent.kind) || (child.kind === 'place' && parent.kind === 'facility') ? 'LOCATED_IN' : 'SUBSIDIARY_OF';
}

const GEO = new Set(['place', 'country']);
const HOME_HOLDERS = new Set(['company', 'organization', 'government', 'university']);

/**
 * Gazetteer `partOf` links of a company or facility to its parent named in the same sentence
 * (geography and government hierarchy are reference knowledge, not something the article states).
 */
export function partOfFromGazetteer(text: string, mentions: readonly ActorSpan[]): RelationDraft[] {
  const firstMention = new Map<string, ActorSpan>();
  for (const m of mentions) if (!firstMention.has(m.actor.id)) firstMention.set(m.actor.id, m);
  const out: RelationDraft[] = [];
  for (const m of firstMention.values()) {
    const parentId = m.actor.partOf;
    const parent = parentId ? firstMention.get(parentId) : undefined;
    // Only corporate and facility links: a ministry and its government named together state nothing.
    if (!parent || GEO.has(parent.actor.kind) || (m.actor.kind !== 'company' && m.actor.kind !== 'facility')) continue;
    const type = belongsType(m.actor, parent.actor);
    out.push({ type, from: m.actor.id, to: parent.actor.id, role: null, date: null, evidence: evidenceOf(text, m, 'gazetteer-part-of', 0.7) });
  }
  return out;
}

const BELONGS = phraseRegex(['thuộc', 'trực thuộc', 'công ty con của', 'đơn vị thành viên của', 'thành viên của', 'chi nhánh của', 'công ty con thuộc']);
/** An administrative unit's prefix: a place named after a comma with one sits around the one before. */
const ADMIN = /^(?:tỉnh|thành phố|tp\.?|huyện|quận|thị xã|xã|phường|thị trấn)\s/u;
const UNIT_GAP = /^\s*,\s*(?:tỉnh|thành phố|tp\.?|huyện|quận|thị xã|xã|phường|thị trấn)\s+$/u;

/** "Đại sứ quán Việt Nam tại Lào": a host named inside the name. */
function hostsInNames(text: string, view: SentenceView, lookup: (name: string) => ActorCandidate | undefined): RelationDraft[] {
  const out: RelationDraft[] = [];
  for (const m of view.mentions) {
    if (!BODIES.has(m.actor.kind)) continue;
    const host = m.actor.locatedIn ?? (() => {
      const at = / tại (.+)$/u.exec(text.slice(m.start, m.end));
      const found = at ? lookup(at[1]!) : undefined;
      return found && WHERE.has(found.kind) ? found.id : undefined;
    })();
    if (host) out.push({ type: 'LOCATED_IN', from: m.actor.id, to: host, role: null, date: null, evidence: evidenceOf(text, m, 'x-tai-y-in-name', 0.75) });
  }
  return out;
}

/** "X thuộc Y", "X tại Y", "X (Y)", "X vận hành Y" inside one sentence. */
export function findStructureRelations(text: string, view: SentenceView, lookup: (name: string) => ActorCandidate | undefined): RelationDraft[] {
  const out: RelationDraft[] = hostsInNames(text, view, lookup);
  const ms = view.mentions;
  for (let i = 0; i + 1 < ms.length; i++) {
    const a = ms[i]!;
    const b = ms[i + 1]!;
    if (a.actor.id === b.actor.id) continue;
    const gap = view.lowered.slice(a.end, b.start);
    const range = { start: a.start, end: b.end };
    if (BODIES.has(a.actor.kind) && WHERE.has(b.actor.kind) && /^\s+(?:tại|ở|đặt tại|có trụ sở tại)\s+$/u.test(gap)) {
      out.push({ type: 'LOCATED_IN', from: a.actor.id, to: b.actor.id, role: null, date: null, evidence: evidenceOf(text, range, 'x-tai-y', 0.7) });
    }
    if (b.actor.kind === 'place' && /^\s*\($/u.test(gap) && view.lowered[b.end] === ',' && isPark(a.actor)) {
      // "Khu công nghiệp X (huyện Y, tỉnh Z)": the bracket's first place holds the park; the comma rule chains the rest.
      out.push({ type: 'LOCATED_IN', from: a.actor.id, to: b.actor.id, role: null, date: null, evidence: evidenceOf(text, range, 'x-paren-chain', 0.6) });
    }
    if (GEO.has(b.actor.kind) && /^\s*\($/u.test(gap) && view.lowered[b.end] === ')' && (WHERE.has(a.actor.kind) || (BODIES.has(a.actor.kind) && b.actor.kind === 'country'))) {
      // "thung lũng Silicon (California)", "Tập đoàn Hanwha (Hàn Quốc)": a place inside a larger one, a body's home country.
      out.push({ type: 'LOCATED_IN', from: a.actor.id, to: b.actor.id, role: null, date: null, evidence: evidenceOf(text, { start: a.start, end: b.end + 1 }, 'x-paren-y', 0.65) });
    }
    if (HOME_HOLDERS.has(a.actor.kind) && b.actor.kind === 'country' && gap === ' ') {
      // "Tập đoàn Yaskawa Nhật Bản", "Bộ Tài chính Việt Nam": a country written right after a body is its home.
      out.push({ type: 'LOCATED_IN', from: a.actor.id, to: b.actor.id, role: null, date: null, evidence: evidenceOf(text, range, 'x-country-after', 0.6) });
    }
    if (a.actor.kind === 'company' && b.actor.kind === 'country' && /^\s+của\s+$/u.test(gap)) {
      // "hãng Nvidia của Mỹ": the company's home country.
      out.push({ type: 'LOCATED_IN', from: a.actor.id, to: b.actor.id, role: null, date: null, evidence: evidenceOf(text, range, 'x-cua-country', 0.6) });
    }
    // The unit word may stand outside a gazetteer name: "phường Ghềnh Ráng, thành phố Quy Nhơn".
    if (WHERE.has(a.actor.kind) && b.actor.kind === 'place' && (/^\s*,\s*$/u.test(gap) ? ADMIN.test(view.lowered.slice(b.start, b.end)) : UNIT_GAP.test(gap))
      && !siblings(a.actor, b.actor)) {
      // "Khu công nghiệp Yên Phong, huyện Yên Phong, tỉnh Bắc Ninh": each in the next.
      out.push({ type: 'LOCATED_IN', from: a.actor.id, to: b.actor.id, role: null, date: null, evidence: evidenceOf(text, range, 'x-comma-admin-place', 0.6) });
    }
    if (a.actor.kind !== 'country' && GEO.has(b.actor.kind) && /^\s*[,–-]\s*$/u.test(gap) && contains(a.actor, b.actor)) {
      // "Tân Phú Trung, Củ Chi", "Khu công nghiệp Yên Phong II-C, Bắc Ninh", "Quảng Đông, Trung Quốc".
      out.push({ type: 'LOCATED_IN', from: a.actor.id, to: b.actor.id, role: null, date: null, evidence: evidenceOf(text, range, 'x-comma-larger-place', 0.55) });
    }
    // The gap holds at most a comma besides the phrase: a longer one is not read at all.
    const belongs = BODIES.has(a.actor.kind) && nonSpaceCount(gap, 0, gap.length) <= BELONGS.longest + 1 ? /^\s*,?\s*(.+?)\s*$/u.exec(gap)?.[1] ?? '' : '';
    if (belongs && matchesWhole(BELONGS, belongs)) {
      out.push({ type: belongsType(a.actor, b.actor), from: a.actor.id, to: b.actor.id, role: null, date: null, evidence: evidenceOf(text, range, 'x-thuoc-y', 0.7) });
    }
  }
  out.push(...sitesBuilt(text, view));
  return out;
}

const PARK_NAME = /^(?:khu|kcn|cụm)\s/iu;

/** Two known places of one level ("Hà Nội, Thành phố Hồ Chí Minh"): a list, unless the reference nests one in the other. */
function siblings(a: ActorCandidate, b: ActorCandidate): boolean {
  return a.kind === 'place' && a.source !== 'pattern' && b.source !== 'pattern' && !PARK_NAME.test(a.name) && a.partOf !== b.id;
}

/** An industrial park, zone or cluster ("Khu công nghiệp X", "KCN Y", "Cụm …"), or a facility. */
export function isPark(a: ActorCandidate): boolean {
  return a.kind === 'facility' || (a.kind === 'place' && PARK_NAME.test(a.name));
}

/**
 * Whether a place named right after `inner` with a comma is the larger place around it, not the
 * next item of a list: a park or a place found by its unit word sits in a province; a province or
 * region sits in its country. Two gazetteer provinces side by side are a list.
 */
function contains(inner: ActorCandidate, outer: ActorCandidate): boolean {
  if (outer.kind === 'country') return inner.kind === 'facility' || (inner.kind === 'place' && (inner.country === outer.id || inner.source === 'pattern'));
  // A park sits in its province.
  if (outer.kind !== 'place') return false;
  return isPark(inner) || (inner.kind === 'place' && inner.source === 'pattern' && outer.source !== 'pattern');
}

const BUILDS = phraseRegex([
  'khởi công', 'khánh thành', 'đặt nhà máy', 'xây dựng nhà máy', 'mở nhà máy', 'vận hành nhà máy', 'đặt trụ sở',
  'xây dựng trung tâm', 'động thổ', 'đi vào hoạt động', 'ra mắt nhà máy',
]);

const INVESTMENT_WORDS = /vốn|đầu tư|\busd\b|tỷ đồng|triệu đô/u;

/** "Viettel đã khởi công trung tâm dữ liệu tại Khu công nghiệp Tân Phú Trung": the builder sits where it builds. */
function sitesBuilt(text: string, view: SentenceView): RelationDraft[] {
  const out: RelationDraft[] = [];
  for (const clause of view.clauses) {
    // With money in the clause the site is an investment's recipient (INVESTS_IN), read by the pledge rules.
    if (INVESTMENT_WORDS.test(view.lowered.slice(clause.start, clause.end))) continue;
    for (const verb of findIn(BUILDS, view, clause)) {
      const site = view.mentions.find((m) => m.start > verb.end && m.end <= clause.end && WHERE.has(m.actor.kind)
        && /(?:^|\s)(?:tại|ở)\s+$/u.test(view.lowered.slice(Math.max(verb.end, m.start - 6), m.start)));
      if (!site || site.start - verb.end > 80) continue;
      const builder = subjectBefore(view, clause, verb.start, (m) => m.actor.kind !== 'company');
      if (!builder || builder.actor.id === site.actor.id) continue;
      out.push({ type: 'LOCATED_IN', from: builder.actor.id, to: site.actor.id, role: null, date: null, evidence: evidenceOf(text, { start: builder.start, end: site.end }, 'x-builds-at-y', 0.55) });
    }
  }
  return out;
}
