/**
 * A trie of phrases over folded word keys: one left-to-right walk finds every phrase starting at a
 * token, so matching costs the text's length times the longest phrase, not the lexicon's size.
 * Edges are keyed by word id (word-ids.ts), so a walk reads ids instead of hashing strings.
 */
import type { Token } from './tokenize.ts';
import { internWord } from './word-ids.ts';

export interface TrieNode<P> {
  next: Map<number, TrieNode<P>>;
  payloads: P[];
}

export interface Trie<P> extends TrieNode<P> {
  /** The root's children again, indexed by word id: the test every token goes through (`null`: not kept). */
  first: Array<TrieNode<P> | undefined> | null;
}

/** Punctuation allowed inside a multi-word name: "Kế hoạch - Đầu tư", "TP.HCM", "R&D". */
const JOINERS = new Set(['-', '–', '&', '.', '/', "'", '’']);
const VA = internWord('va');

/** `indexed`: keep the root's children in an array by word id too (for tries built once, used on every token). */
export function createTrie<P>(indexed = true): Trie<P> {
  return { next: new Map(), payloads: [], first: indexed ? [] : null };
}

/**
 * Adds a phrase; "và" between words is dropped so "Kế hoạch và Đầu tư" = "Kế hoạch - Đầu tư".
 * `idOf` gives the words' ids (by default registering them as lexicon words).
 */
export function addPhrase<P>(root: Trie<P>, keys: readonly string[], payload: P, idOf: (key: string) => number = internWord): void {
  const words = keys.filter((k, i) => !(k === 'va' && i > 0 && i < keys.length - 1));
  if (words.length === 0) return;
  let node: TrieNode<P> = root;
  for (const key of words) {
    const id = idOf(key);
    let child = node.next.get(id);
    if (!child) {
      child = { next: new Map(), payloads: [] };
      node.next.set(id, child);
      if (node === root && root.first) {
        // Filled without holes: a holey or sparse array would make every token's read slower.
        while (root.first.length < id) root.first.push(undefined);
        root.first[id] = child;
      }
    }
    node = child;
  }
  node.payloads.push(payload);
}

/** The root's child for token i's word (`ids` from tokenWordIds), if a phrase starts with it. */
export function firstNode<P>(root: Trie<P>, ids: Int32Array, i: number): TrieNode<P> | undefined {
  const id = ids[i]!;
  const first = root.first;
  if (!first) return id >= 0 ? root.next.get(id) : undefined;
  return id >= 0 && id < first.length ? first[id] : undefined;
}

export interface TrieHit<P> {
  /** Index of the last token of the phrase. */
  last: number;
  payloads: P[];
}

/** Every phrase starting at token `i`, longest first; `ids` are the tokens' word ids (tokenWordIds). */
export function matchAt<P>(root: Trie<P>, tokens: readonly Token[], ids: Int32Array, i: number): readonly TrieHit<P>[] {
  const first = tokens[i];
  if (!first || !first.word) return NO_HITS;
  return matchFrom(firstNode(root, ids, i), tokens, ids, i);
}

/** As matchAt, from `node`: the root's child for token i (firstNode). */
export function matchFrom<P>(node: TrieNode<P> | undefined, tokens: readonly Token[], ids: Int32Array, i: number): readonly TrieHit<P>[] {
  // Most walks end without a phrase: no array is made for them.
  let hits: TrieHit<P>[] | undefined;
  let j = i;
  while (node) {
    if (node.payloads.length > 0) (hits ??= []).push({ last: j, payloads: node.payloads });
    let k = j + 1;
    let gap = 0;
    while (k < tokens.length && !(tokens[k] as Token).word && JOINERS.has((tokens[k] as Token).key) && gap < 2) {
      k++;
      gap++;
    }
    const tok = tokens[k];
    if (!tok || !tok.word || tok.start - (tokens[j] as Token).end > 4) break;
    let child = node.next.get(ids[k]!);
    if (!child && ids[k] === VA && gap === 0) {
      const after = tokens[k + 1];
      if (after?.word) {
        child = node.next.get(ids[k + 1]!);
        if (child) k++;
      }
    }
    node = child;
    j = k;
  }
  return hits ? hits.reverse() : NO_HITS;
}

const NO_HITS: readonly TrieHit<never>[] = [];
