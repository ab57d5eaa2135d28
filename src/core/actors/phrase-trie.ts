/**
 * A trie of phrases over folded word keys: one left-to-right walk finds every phrase starting at a
 * token, so matching costs the text's length times the longest phrase, not the lexicon's size.
 */
import type { Token } from './tokenize.ts';

export interface TrieNode<P> {
  next: Map<string, TrieNode<P>>;
  payloads: P[];
}

/** Punctuation allowed inside a multi-word name: "Kế hoạch - Đầu tư", "TP.HCM", "R&D". */
const JOINERS = new Set(['-', '–', '&', '.', '/', "'", '’']);

export function createTrie<P>(): TrieNode<P> {
  return { next: new Map(), payloads: [] };
}

/** Adds a phrase; "và" between words is dropped so "Kế hoạch và Đầu tư" = "Kế hoạch - Đầu tư". */
export function addPhrase<P>(root: TrieNode<P>, keys: readonly string[], payload: P): void {
  const words = keys.filter((k, i) => !(k === 'va' && i > 0 && i < keys.length - 1));
  if (words.length === 0) return;
  let node = root;
  for (const key of words) {
    let child = node.next.get(key);
    if (!child) {
      child = createTrie<P>();
      node.next.set(key, child);
    }
    node = child;
  }
  node.payloads.push(payload);
}

export interface TrieHit<P> {
  /** Index of the last token of the phrase. */
  last: number;
  payloads: P[];
}

/** Every phrase starting at token `i`, longest first. */
export function matchAt<P>(root: TrieNode<P>, tokens: readonly Token[], i: number): TrieHit<P>[] {
  const hits: TrieHit<P>[] = [];
  const first = tokens[i];
  if (!first || !first.word) return hits;
  let node = root.next.get(first.key);
  let j = i;
  while (node) {
    if (node.payloads.length > 0) hits.push({ last: j, payloads: node.payloads });
    let k = j + 1;
    let gap = 0;
    while (k < tokens.length && !(tokens[k] as Token).word && JOINERS.has((tokens[k] as Token).key) && gap < 2) {
      k++;
      gap++;
    }
    const tok = tokens[k];
    if (!tok || !tok.word || tok.start - (tokens[j] as Token).end > 4) break;
    let child = node.next.get(tok.key);
    if (!child && tok.key === 'va' && gap === 0) {
      const after = tokens[k + 1];
      if (after?.word) {
        child = node.next.get(after.key);
        if (child) k++;
      }
    }
    node = child;
    j = k;
  }
  return hits.reverse();
}
