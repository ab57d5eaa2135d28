/**
 * Small integer ids for the folded words the phrase tries are built from, so a scan over an
 * article looks each token's word up once, not once per trie and per step: trie edges are keyed by
 * id, and a token's id is read from an Int32Array.
 */
import type { Token } from './tokenize.ts';

const IDS = new Map<string, number>();
/** Bumped whenever a word is registered: ids read for a token array before then may miss it. */
let generation = 0;

/** The id of a lexicon word (a folded token key), registering it on first sight. */
export function internWord(key: string): number {
  let id = IDS.get(key);
  if (id === undefined) {
    id = IDS.size;
    IDS.set(key, id);
    generation++;
  }
  return id;
}

/** The id of a registered word, or -1 for a word no lexicon has. */
export function wordId(key: string): number {
  return IDS.get(key) ?? -1;
}

/** One past the largest id given out so far. */
export function wordIdLimit(): number {
  return IDS.size;
}

const cache = new WeakMap<readonly Token[], { generation: number; ids: Int32Array }>();

/**
 * Per token, the id of its word (-1 for punctuation and for words no lexicon has). Computed once per
 * token array and kept while no new word is registered.
 */
export function tokenWordIds(tokens: readonly Token[]): Int32Array {
  const known = cache.get(tokens);
  if (known && known.generation === generation) return known.ids;
  const ids = new Int32Array(tokens.length);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    ids[i] = t.word ? (IDS.get(t.key) ?? -1) : -1;
  }
  cache.set(tokens, { generation, ids });
  return ids;
}
