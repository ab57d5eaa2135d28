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
    if (PREPOSITIONS.has(wordBefore(view.lowered, m.start))) continue;
    return m;
  }
  return undefined;
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
      const gap = view.lowered.slice(prev.end, m.start);
      if (!/^\s*(?:,\s*(?:và\s+)?|và\s+|cùng\s+)$/u.test(gap)) break;
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
