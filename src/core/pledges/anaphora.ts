/**
 * "quỹ đầu tư này", "tập đoàn này", "doanh nghiệp này": a demonstrative subject points back to the
 * last actor named with the same head noun ("quỹ Saigon Capital", "Tập đoàn X"), or for a generic
 * one ("doanh nghiệp này") to the last company named. Remembered per article, sentence by sentence.
 */
import type { ActorSpan } from '../actors/types.ts';
import type { SentenceView } from '../relations/clause-view.ts';

const HEADS = ['quỹ', 'tập đoàn', 'công ty', 'hãng', 'ngân hàng', 'trường', 'viện', 'tổ chức'];
const GENERIC = ['doanh nghiệp', 'nhà đầu tư', 'đơn vị', 'nhà sản xuất'];
const HEAD_ALT = HEADS.join('|');
/** The head noun, up to two more words ("quỹ đầu tư"), then "này". */
const ANAPHOR = new RegExp(`(?:^|[^\\p{L}])(${[...HEADS, ...GENERIC].join('|')})(?:\\s+\\p{L}+){0,2}?\\s+này(?![\\p{L}])`, 'gu');
const HEAD_BEFORE = new RegExp(`(?:^|[^\\p{L}])(${HEAD_ALT})(?:\\s+(?:tnhh|cổ phần))?\\s+$`, 'u');
const HEAD_INSIDE = new RegExp(`^(${HEAD_ALT})(?![\\p{L}])`, 'u');
const ORG_KINDS = new Set(['company', 'organization']);

export type Antecedents = Map<string, ActorSpan>;

function headOf(lowered: string, m: ActorSpan): string | undefined {
  return HEAD_INSIDE.exec(lowered.slice(m.start, m.end))?.[1] ?? HEAD_BEFORE.exec(lowered.slice(Math.max(0, m.start - 24), m.start))?.[1];
}

/** Remembers the sentence's actors under their head noun (and companies under "*"). */
export function noteAntecedents(view: SentenceView, seen: Antecedents): void {
  for (const m of view.mentions) {
    if (isAnaphor(view, m)) continue;
    const head = headOf(view.lowered, m);
    if (head) seen.set(head, m);
    if (ORG_KINDS.has(m.actor.kind)) seen.set('*', m);
  }
}

/** A mention that is itself "tập đoàn này" (the actor finder points it at the last company named). */
export function isAnaphor(view: SentenceView, m: ActorSpan): boolean {
  return /(?:^|\s)này$/u.test(view.lowered.slice(m.start, m.end));
}

/** The actor a demonstrative subject in [from, to) stands for, if there is one. */
export function resolveAnaphor(view: SentenceView, seen: Antecedents, from: number, to: number): ActorSpan | undefined {
  const { lowered } = view;
  let found: RegExpExecArray | undefined;
  const span = lowered.slice(from, to);
  ANAPHOR.lastIndex = 0;
  for (let m = ANAPHOR.exec(span); m; m = ANAPHOR.exec(span)) found = m;
  if (!found) return undefined;
  const at = from + found.index;
  const head = found[1]!;
  const generic = GENERIC.includes(head);
  // An antecedent earlier in the same sentence is the nearest one.
  const here = view.mentions.filter((m) => m.end <= at && (generic ? ORG_KINDS.has(m.actor.kind) : headOf(lowered, m) === head)).at(-1);
  return here ?? seen.get(generic ? '*' : head);
}
