/**
 * Relations about how actors sit together: part of / subsidiary of (gazetteer `partOf`, "X thuộc Y"),
 * located in ("X tại Y"), operates (an organisation running a facility).
 */
import type { ActorSpan, ActorCandidate } from '../actors/types.ts';
import type { RelationType } from '../claims.ts';
import { findIn, matchesWhole, nonSpaceCount, phraseRegex, wordBefore, type SentenceView } from './clause-view.ts';
import { evidenceOf, type RelationDraft } from './relation-draft.ts';

const BODIES = new Set(['government', 'organization', 'company', 'university', 'facility']);
const WHERE = new Set(['place', 'country', 'facility']);

function belongsType(child: ActorCandidate, parent: ActorCandidate): RelationType {
  if (child.kind === 'facility' && parent.kind !== 'place' && parent.kind !== 'country' && parent.kind !== 'facility') return 'OPERATES';
  return child.kind === 'company' && parent.kind === 'company' ? 'SUBSIDIARY_OF' : 'PART_OF';
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
    const [from, to] = type === 'OPERATES' ? [parent.actor.id, m.actor.id] : [m.actor.id, parent.actor.id];
    out.push({ type, from, to, role: null, date: null, evidence: evidenceOf(text, m, 'gazetteer-part-of', 0.7) });
  }
  return out;
}

const BELONGS = phraseRegex(['thuộc', 'trực thuộc', 'công ty con của', 'đơn vị thành viên của', 'thành viên của', 'chi nhánh của', 'công ty con thuộc']);
const RUNS = phraseRegex(['vận hành', 'quản lý', 'sở hữu', 'khánh thành', 'khai trương', 'xây dựng', 'mở', 'đưa vào vận hành', 'đặt']);

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
    if ((a.actor.kind === 'place' || a.actor.kind === 'facility') && GEO.has(b.actor.kind) && /^\s*\($/u.test(gap) && view.lowered[b.end] === ')') {
      // "thung lũng Silicon (California)": a place inside a larger one; a facility located there.
      const type = a.actor.kind === 'place' ? 'PART_OF' : 'LOCATED_IN';
      out.push({ type, from: a.actor.id, to: b.actor.id, role: null, date: null, evidence: evidenceOf(text, { start: a.start, end: b.end + 1 }, 'x-paren-y', 0.65) });
    }
    // The gap holds at most a comma besides the phrase: a longer one is not read at all.
    const belongs = BODIES.has(a.actor.kind) && nonSpaceCount(gap, 0, gap.length) <= BELONGS.longest + 1 ? /^\s*,?\s*(.+?)\s*$/u.exec(gap)?.[1] ?? '' : '';
    if (belongs && matchesWhole(BELONGS, belongs)) {
      const type = belongsType(a.actor, b.actor);
      const [from, to] = type === 'OPERATES' ? [b.actor.id, a.actor.id] : [a.actor.id, b.actor.id];
      out.push({ type, from, to, role: null, date: null, evidence: evidenceOf(text, range, 'x-thuoc-y', 0.7) });
    }
  }
  for (const clause of view.clauses) {
    for (const hit of findIn(RUNS, view, clause)) {
      const facility = ms.find((m) => m.start >= hit.end && m.end <= clause.end && m.start - hit.end < 30);
      if (!facility || facility.actor.kind !== 'facility') continue;
      const runner = [...ms].reverse().find((m) => m.end <= hit.start && m.start >= clause.start && BODIES.has(m.actor.kind) && m.actor.kind !== 'facility' && !['tại', 'ở', 'với'].includes(wordBefore(view.lowered, m.start)));
      if (!runner) continue;
      out.push({ type: 'OPERATES', from: runner.actor.id, to: facility.actor.id, role: null, date: null, evidence: evidenceOf(text, clause, 'x-operates-facility', 0.6) });
    }
  }
  return out;
}
