/**
 * A trie of phrases over folded word keys: one left-to-right walk finds every phrase starting at a
 * token, so matching costs the text's length times the longest phrase, not the lexicon's size.
 * Edges are keyed by word id (word-ids.ts), so a walk reads ids instead of hashing strings.
 */
import type { Token } from './tokenize.ts';
import { internWord } from './word-ids.ts';

export interface TrieNode<P> {
  next: Map<number, TrieNode<P>>;
  /** The children's word ids and the children, in step (`next` again): a short list is read faster than a Map. */
  ids: number[];
  kids: Array<TrieNode<P>>;
  payloads: P[];
}

export interface Trie<P> extends TrieNode<P> {
  /** The root's children again, indexed by word id: the test every token goes through (`null`: not kept). */
  first: Array<TrieNode<P> | undefined> | null;
  /** Without `first`: by word id, 1 when a phrase starts with the word (made on first use). */
  starts: Uint8Array | null;
}

/** Punctuation allowed inside a multi-word name: "Kế hoạch - Đầu tư", "TP.HCM", "R&D". */
const JOINERS = new Set(['-', '–', '&', '.', '/', "'", '’']);
const VA = internWord('va');
/** JOINERS and brackets, for names an article wrote with a bracketed place ("Luxshare - ICT (Nghệ An)"). */
export const BRACKET_JOINERS: ReadonlySet<string> = new Set([...JOINERS, '(', ')']);

/** `indexed`: keep the root's children in an array by word id too (for tries built once, used on every token). */
export function createTrie<P>(indexed = true): Trie<P> {
  return { next: new Map(), ids: [], kids: [], payloads: [], first: indexed ? [] : null, starts: null };
}

/** Children lists at most this long are searched in `ids`; longer ones through the Map. */
const SHORT = 8;

function childOf<P>(node: TrieNode<P>, id: number): TrieNode<P> | undefined {
  const ids = node.ids;
  if (ids.length > SHORT) return node.next.get(id);
  for (let k = 0; k < ids.length; k++) if (ids[k] === id) return node.kids[k];
  return undefined;
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
      child = { next: new Map(), ids: [], kids: [], payloads: [] };
      node.next.set(id, child);
      node.ids.push(id);
      node.kids.push(child);
      if (node === root) root.starts = null;
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
  if (id < 0) return undefined;
  const first = root.first;
  if (first) return id < first.length ? first[id] : undefined;
  const starts = (root.starts ??= startsOf(root));
  return id < starts.length && starts[id] === 1 ? root.next.get(id) : undefined;
}

function startsOf<P>(root: TrieNode<P>): Uint8Array {
  const starts = new Uint8Array(Math.max(0, ...root.ids) + 1);
  for (const id of root.ids) starts[id] = 1;
  return starts;
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
export function matchFrom<P>(node: TrieNode<P> | undefined, tokens: readonly Token[], ids: Int32Array, i: number, joiners: ReadonlySet<string> = JOINERS): readonly TrieHit<P>[] {
  // Most walks end without a phrase: no array is made for them.
  let hits: TrieHit<P>[] | undefined;
  let j = i;
  while (node) {
    if (node.payloads.length > 0) (hits ??= []).push({ last: j, payloads: node.payloads });
    let k = j + 1;
    let gap = 0;
    while (k < tokens.length && !(tokens[k] as Token).word && joiners.has((tokens[k] as Token).key) && gap < 2) {
      k++;
      gap++;
    }
    const tok = tokens[k];
    if (!tok || !tok.word || tok.start - (tokens[j] as Token).end > 4) break;
    let child = childOf(node, ids[k]!);
    if (!child && ids[k] === VA && gap === 0) {
      const after = tokens[k + 1];
      if (after?.word) {
        child = childOf(node, ids[k + 1]!);
        if (child) k++;
      }
    }
    node = child;
    j = k;
  }
  return hits ? hits.reverse() : NO_HITS;
}

const NO_HITS: readonly TrieHit<never>[] = [];
