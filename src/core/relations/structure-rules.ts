/**
 * Relations about how actors sit together: subsidiary of (gazetteer `partOf`, "X thuộc Y") and
 * located in ("X tại Y", "X (Hàn Quốc)", "khu công nghiệp X, huyện Y, tỉnh Z").
 */
import type { ActorSpan, ActorCandidate } from '../actors/types.ts';
import type { RelationType } from '../claims.ts';
import { matchesWhole, nonSpaceCount, phraseRegex, type SentenceView } from './clause-view.ts';
import { evidenceOf, type RelationDraft } from './relation-draft.ts';

const BODIES = new Set(['government', 'organization', 'company', 'university', 'facility']);
const WHERE = new Set(['place', 'country', 'facility']);

/** The judged vocabulary has no PART_OF or OPERATES: a body belongs to a body, anything else sits in a place. */
function belongsType(child: ActorCandidate, parent: ActorCandidate): RelationType {
  return GEO.has(parent.kind) || (child.kind === 'place' && parent.kind === 'facility') ? 'LOCATED_IN' : 'SUBSIDIARY_OF';
}

const GEO = new Set(['place', 'country']);

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
    if (GEO.has(b.actor.kind) && /^\s*\($/u.test(gap) && view.lowered[b.end] === ')' && (WHERE.has(a.actor.kind) || (BODIES.has(a.actor.kind) && b.actor.kind === 'country'))) {
      // "thung lũng Silicon (California)", "Tập đoàn Hanwha (Hàn Quốc)": a place inside a larger one, a body's home country.
      out.push({ type: 'LOCATED_IN', from: a.actor.id, to: b.actor.id, role: null, date: null, evidence: evidenceOf(text, { start: a.start, end: b.end + 1 }, 'x-paren-y', 0.65) });
    }
    if (a.actor.kind === 'company' && b.actor.kind === 'country' && /^\s+của\s+$/u.test(gap)) {
      // "hãng Nvidia của Mỹ": the company's home country.
      out.push({ type: 'LOCATED_IN', from: a.actor.id, to: b.actor.id, role: null, date: null, evidence: evidenceOf(text, range, 'x-cua-country', 0.6) });
    }
    if (WHERE.has(a.actor.kind) && b.actor.kind === 'place' && /^\s*,\s*$/u.test(gap) && ADMIN.test(view.lowered.slice(b.start, b.end))) {
      // "Khu công nghiệp Yên Phong, huyện Yên Phong, tỉnh Bắc Ninh": each in the next.
      out.push({ type: 'LOCATED_IN', from: a.actor.id, to: b.actor.id, role: null, date: null, evidence: evidenceOf(text, range, 'x-comma-admin-place', 0.6) });
    }
    // The gap holds at most a comma besides the phrase: a longer one is not read at all.
    const belongs = BODIES.has(a.actor.kind) && nonSpaceCount(gap, 0, gap.length) <= BELONGS.longest + 1 ? /^\s*,?\s*(.+?)\s*$/u.exec(gap)?.[1] ?? '' : '';
    if (belongs && matchesWhole(BELONGS, belongs)) {
      out.push({ type: belongsType(a.actor, b.actor), from: a.actor.id, to: b.actor.id, role: null, date: null, evidence: evidenceOf(text, range, 'x-thuoc-y', 0.7) });
    }
  }
  return out;
}
