/**
 * PARTNERS_WITH for two countries joined by a dash in a cooperation's name: "hợp tác Việt Nam -
 * Lào", "Ngày Đối tác đổi mới sáng tạo Australia-Việt Nam", "France-Việt Nam cooperation",
 * "the Japan-Vietnam partnership". Vietnamese names the cooperation before the pair, English after;
 * a trade figure ("kim ngạch Việt Nam - Lào") is no cooperation word. Pure; words per language.
 */
import type { ActorSpan } from '../actors/types.ts';
import type { SentenceView } from './clause-view.ts';
import { evidenceOf, type RelationDraft } from './relation-draft.ts';

export interface PairWords {
  /** The cooperation named before the pair, up to it ("hợp tác …"). */
  before: RegExp;
  /** The cooperation named after the pair, from it ("cooperation"). */
  after: RegExp;
}

export const VI_PAIR_WORDS: PairWords = {
  before: /(?:hợp tác|quan hệ|đối tác|hữu nghị|liên kết|kết nối)[^,.;:!?()]{0,40}$/u,
  after: /(?!)/u, // never: Vietnamese names the cooperation first
};

export const EN_PAIR_WORDS: PairWords = {
  before: /(?:^|\s)(?:cooperation|partnership|relations|ties|collaboration|friendship)\s+(?:between\s+)?$/u,
  after: /^\s*(?:(?:comprehensive\s+)?(?:strategic\s+)?(?:cooperation|co-operation|partnership|relations|ties|collaboration|friendship))\b/u,
};

const DASH = /^\s*[-–]\s*$/u;

export function findCountryPairs(text: string, view: SentenceView, words: PairWords): RelationDraft[] {
  const out: RelationDraft[] = [];
  const { mentions, lowered, sentence } = view;
  for (let i = 0; i + 1 < mentions.length; i++) {
    const a: ActorSpan = mentions[i]!;
    const b: ActorSpan = mentions[i + 1]!;
    if (a.actor.kind !== 'country' || b.actor.kind !== 'country' || a.actor.id === b.actor.id) continue;
    if (!DASH.test(lowered.slice(a.end, b.start))) continue;
    const named = words.before.test(lowered.slice(Math.max(sentence.start, a.start - 60), a.start))
      || words.after.test(lowered.slice(b.end, Math.min(sentence.end, b.end + 50)));
    if (!named) continue;
    out.push({ type: 'PARTNERS_WITH', from: a.actor.id, to: b.actor.id, role: null, date: null, evidence: evidenceOf(text, { start: a.start, end: b.end }, 'country-pair', 0.6) });
  }
  return out;
}
