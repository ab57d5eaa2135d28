/**
 * Small integer ids for the folded words the phrase tries are built from, so a scan over an
 * article looks each token's word up once, not once per trie and per step: trie edges are keyed by
 * id, and a token's id is read from an Int32Array.
 */
import type { Token } from './tokenize.ts';

// An open-addressing table of the registered words: looking a token's fresh key string up here
// costs a third of a Map lookup, which must hash the new string first. Id i is WORDS[i].
const WORDS: string[] = [];
let slots = new Int32Array(1 << 12).fill(-1);
/** Bumped whenever a word is registered: ids read for a token array before then may miss it. */
let generation = 0;

function hashOf(key: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193);
  return h ^ (h >>> 15);
}

/** The slot holding `key`, or the empty slot where it would go. */
function slotOf(key: string): number {
  const mask = slots.length - 1;
  let slot = hashOf(key) & mask;
  for (;;) {
    const id = slots[slot]!;
    if (id < 0 || WORDS[id] === key) return slot;
    slot = (slot + 1) & mask;
  }
}

/** The id of a lexicon word (a folded token key), registering it on first sight. */
export function internWord(key: string): number {
  const slot = slotOf(key);
  const known = slots[slot]!;
  if (known >= 0) return known;
  const id = WORDS.length;
  WORDS.push(key);
  slots[slot] = id;
  generation++;
  if (WORDS.length * 2 > slots.length) {
    slots = new Int32Array(slots.length * 2).fill(-1);
    for (let i = 0; i < WORDS.length; i++) slots[slotOf(WORDS[i]!)] = i;
  }
  return id;
}

/** The id of a registered word, or -1 for a word no lexicon has. */
export function wordId(key: string): number {
  return slots[slotOf(key)]!;
}

/** One past the largest id given out so far. */
export function wordIdLimit(): number {
  return WORDS.length;
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
    ids[i] = t.word ? slots[slotOf(t.key)]! : -1;
  }
  cache.set(tokens, { generation, ids });
  return ids;
}
