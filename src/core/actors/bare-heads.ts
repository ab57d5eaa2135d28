/**
 * A bare organisation head opening a sentence refers back: "Trung tâm cũng mong muốn …" is the
 * "Trung tâm …" named earlier in the article; "Tập đoàn cho biết …" the last "Tập đoàn …".
 */
import { orgHeadTrie } from './org-heads.ts';
import { matchAt } from './phrase-trie.ts';
import { tokenWordIds } from './word-ids.ts';
import { surfaceMatches } from './surface-check.ts';
import { isCapitalised, type Token } from './tokenize.ts';
import type { ActorSpan } from './types.ts';
import { lowerWord } from './vietnamese-words.ts';

/** Words that follow a subject, never a name. */
const FOLLOWERS = new Set([
  'cũng', 'đã', 'sẽ', 'đang', 'còn', 'vẫn', 'luôn', 'cho', 'có', 'là', 'được', 'mong', 'muốn', 'đề', 'khẳng',
  'nhấn', 'cam', 'dự', 'thông', 'chia', 'bày', 'hiện', 'vừa', 'tiếp', 'đặt',
]);

const NEAR = 400;

function opensSentence(text: string, tokens: readonly Token[], i: number): boolean {
  const prev = tokens[i - 1];
  if (!prev) return true;
  return text.slice(prev.end, tokens[i]!.start).includes('\n') || (!prev.word && '.!?…'.includes(prev.key));
}

/** "doanh nghiệp này", "hãng này": a demonstrative points at the company just named, wherever it stands. */
const DEMONSTRATIVE_HEADS = ['doanh nghiệp', 'công ty', 'tập đoàn', 'hãng', 'nhà sản xuất', 'nhà đầu tư'].map((h) => h.split(' '));
const DEMONSTRATIVE_FIRST = new Set(DEMONSTRATIVE_HEADS.map((words) => words[0]!));
/** The heads' first letters (all ASCII), lower-cased: most words are ruled out before any string is built. */
const FIRST_LETTERS = new Set([...DEMONSTRATIVE_FIRST].map((w) => w.charCodeAt(0)));

function lowerAt(text: string, tokens: readonly Token[], k: number): string {
  return lowerWord(text.slice(tokens[k]!.start, tokens[k]!.end));
}

// Runs at every word of every article: one lower-casing per token before anything else is tried.
function demonstrativeAt(text: string, tokens: readonly Token[], i: number): number {
  if (!FIRST_LETTERS.has(text.charCodeAt(tokens[i]!.start) | 0x20)) return -1;
  const first = lowerAt(text, tokens, i);
  if (!DEMONSTRATIVE_FIRST.has(first)) return -1;
  for (const words of DEMONSTRATIVE_HEADS) {
    if (words[0] !== first) continue;
    const last = i + words.length;
    if (!tokens[last]?.word) continue;
    let ok = true;
    for (let w = 1; w < words.length && ok; w++) ok = tokens[i + w]?.word === true && lowerAt(text, tokens, i + w) === words[w];
    if (ok && lowerAt(text, tokens, last) === 'này') return last;
  }
  return -1;
}

/** Mentions for bare heads that open a sentence, pointing at the latest actor with that head. */
export function findBareHeads(text: string, tokens: readonly Token[], spans: readonly ActorSpan[], covered: Uint8Array): ActorSpan[] {
  const out: ActorSpan[] = [];
  const ids = tokenWordIds(tokens);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!t.word || covered[i]) continue;
    const thisLast = demonstrativeAt(text, tokens, i);
    if (thisLast >= 0) {
      let latest: ActorSpan | undefined;
      for (const s of spans) {
        if (s.start >= t.start) break;
        if (s.actor.kind === 'company') latest = s;
      }
      if (latest && t.start - latest.end < NEAR) {
        out.push({ first: i, last: thisLast, start: t.start, end: tokens[thisLast]!.end, actor: latest.actor, rule: 'bare-head-anaphora', confidence: 0.5 });
        i = thisLast;
        continue;
      }
    }
    if (!isCapitalised(text, t) || !opensSentence(text, tokens, i)) continue;
    const hit = matchAt(orgHeadTrie(), tokens, ids, i)[0];
    if (!hit) continue;
    const next = tokens[hit.last + 1];
    if (!next?.word || !FOLLOWERS.has(lowerWord(text.slice(next.start, next.end)))) continue;
    const surface = text.slice(t.start, tokens[hit.last]!.end);
    const head = hit.payloads.find((h) => surfaceMatches(surface, h.form));
    if (!head) continue;
    const prefix = `${head.form} `;
    // The latest actor named with this head; failing that, the latest of its kind close before.
    let antecedent: ActorSpan | undefined;
    let sameKind: ActorSpan | undefined;
    for (const s of spans) {
      if (s.start >= t.start) break;
      if (s.actor.kind !== head.kind) continue;
      sameKind = s;
      if (lowerWord(text.slice(s.start, s.end)).startsWith(prefix) || (s.actor.source === 'pattern' && lowerWord(s.actor.name).startsWith(prefix))) antecedent = s;
    }
    // "Công ty dự kiến …", "Doanh nghiệp này …": the company the text was just about, whatever it was called.
    if (head.kind === 'company' && sameKind && t.start - sameKind.end < NEAR) antecedent = sameKind;
    // A plant is not a park: facilities are only ever referred to by their own head.
    if (!antecedent && sameKind && head.kind !== 'facility' && t.start - sameKind.end < NEAR) antecedent = sameKind;
    if (!antecedent) continue;
    out.push({ first: i, last: hit.last, start: t.start, end: tokens[hit.last]!.end, actor: antecedent.actor, rule: 'bare-head-anaphora', confidence: 0.5 });
  }
  return out;
}
