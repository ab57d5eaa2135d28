/**
 * What the clause-level rules see of one sentence: its clauses, the actor mentions inside it, and
 * helpers to find a clause's subject (the actor before a trigger verb) and objects (after it).
 */
import type { ActorSpan } from '../actors/types.ts';
import type { Span } from '../text/segment.ts';

export interface SentenceView {
  sentence: Span;
  clauses: Span[];
  /** Mentions inside the sentence, by position. */
  mentions: ActorSpan[];
  /** The article's `lowerText`: same offsets, diacritics kept. */
  lowered: string;
  /** Person id → id of the organisation the person speaks for (first role). */
  roleOrg: ReadonlyMap<string, string>;
}

/** Gap between two actors of one list: "A, B", "A và B", "A - B", or the same words (a pair). */
const LIST_GAP = /^\s*(?:,\s*(?:và\s+)?|và\s+|cùng\s+|[-–]\s*)$|^$/u;

export function listed(view: SentenceView, a: { end: number; start: number }, b: { start: number; end: number }): boolean {
  if (b.start === a.start && b.end === a.end) return true;
  return b.start >= a.end && LIST_GAP.test(view.lowered.slice(a.end, b.start));
}

/** Words that put the actor after them in a complement, not the subject: "tại Việt Nam", "với ARM". */
const PREPOSITIONS = new Set(['tại', 'ở', 'vào', 'với', 'cho', 'của', 'từ', 'đến', 'tới', 'sang', 'trong', 'về', 'giữa', 'thăm', 'gặp', 'tiếp']);

/** The lower-case word just before `offset` (skipping spaces), or ''. */
export function wordBefore(lowered: string, offset: number): string {
  const m = /([\p{L}\p{M}]+)[\s"“]*$/u.exec(lowered.slice(Math.max(0, offset - 24), offset));
  return m ? (m[1] as string) : '';
}

export function inRange(m: { start: number; end: number }, r: { start: number; end: number }): boolean {
  return m.start >= r.start && m.end <= r.end;
}

/** The nearest actor before `offset` inside `range` that is not in a prepositional complement. */
export function subjectBefore(view: SentenceView, range: { start: number; end: number }, offset: number, skip?: (m: ActorSpan) => boolean): ActorSpan | undefined {
  for (let i = view.mentions.length - 1; i >= 0; i--) {
    const m = view.mentions[i]!;
    if (m.end > offset || m.start < range.start) continue;
    if (skip?.(m)) continue;
    if (PREPOSITIONS.has(wordBefore(view.lowered, m.start)) || view.lowered[m.start - 1] === '(') continue;
    return m;
  }
  return undefined;
}

/** The subject before `offset` and the actors listed with it ("Posco, Samsung Electronics, Lotte"). */
export function subjectsBefore(view: SentenceView, range: { start: number; end: number }, offset: number, skip?: (m: ActorSpan) => boolean): ActorSpan[] {
  const last = subjectBefore(view, range, offset, skip);
  if (!last) return [];
  const out = [last];
  let i = view.mentions.indexOf(last);
  for (let j = i + 1; j < view.mentions.length; j++) {
    const m = view.mentions[j]!;
    if (m.start === last.start && m.end === last.end) out.push(m);
  }
  while (i > 0) {
    const prev = view.mentions[i - 1]!;
    if (prev.start < range.start || !listed(view, prev, out[0]!)) break;
    out.unshift(prev);
    i--;
  }
  return out;
}

/** A person stands for the organisation they hold a role in, for institutional relations. */
export function institutional(view: SentenceView, id: string): string {
  return view.roleOrg.get(id) ?? id;
}

/**
 * The first actor after `offset` in `range`, plus the ones listed with it ("Hoa Kỳ, Nhật Bản và
 * Hàn Quốc"). Mentions right after "tại"/"ở" are places of the event, not objects, unless `places`.
 */
export function objectsAfter(view: SentenceView, range: { start: number; end: number }, offset: number, places = false): ActorSpan[] {
  const out: ActorSpan[] = [];
  for (const m of view.mentions) {
    if (m.start < offset || m.end > range.end) continue;
    const prev = out[out.length - 1];
    if (prev) {
      if (!listed(view, prev, m)) break;
      out.push(m);
      continue;
    }
    const before = wordBefore(view.lowered, m.start);
    if (!places && (before === 'tại' || before === 'ở')) continue;
    out.push(m);
  }
  return out;
}

/** Regex for whole Vietnamese words/phrases in lower-cased text, longest alternative first. */
export function phraseRegex(phrases: readonly string[]): RegExp {
  const alts = [...phrases].sort((a, b) => b.length - a.length).map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+'));
  return new RegExp(`(?<![\\p{L}\\p{M}\\d])(?:${alts.join('|')})(?![\\p{L}\\p{M}\\d])`, 'gu');
}

export interface Hit {
  start: number;
  end: number;
  text: string;
}

/** Matches of `re` inside `range` of the lowered text, with article offsets. */
export function findIn(re: RegExp, lowered: string, range: { start: number; end: number }): Hit[] {
  const slice = lowered.slice(range.start, range.end);
  const hits: Hit[] = [];
  for (const m of slice.matchAll(re)) {
    const start = range.start + (m.index ?? 0);
    hits.push({ start, end: start + m[0].length, text: m[0] });
  }
  return hits;
}
