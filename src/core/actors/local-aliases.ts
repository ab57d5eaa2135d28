/**
 * Names introduced earlier in the same article, found again wherever they recur: "C4IR",
 * "C4IR TPHCM", "Lê Trường Duy". Compiled per article (few names), scanned like the gazetteer.
 */
import { foldText } from '../text/fold.ts';
import { addPhrase, BRACKET_JOINERS, createTrie, firstNode, matchFrom } from './phrase-trie.ts';
import { surfaceMatches } from './surface-check.ts';
import { phraseKeys, type Token } from './tokenize.ts';
import type { ActorCandidate, ActorSpan } from './types.ts';
import { tokenWordIds, wordId, wordIdLimit } from './word-ids.ts';

/** Spans of `aliases`, longest first at each token; callers settle overlaps with other spans. */
export function scanLocalAliases(
  text: string, tokens: readonly Token[], aliases: ReadonlyArray<{ form: string; actor: ActorCandidate }>,
): ActorSpan[] {
  if (aliases.length === 0) return [];
  // Words no lexicon has get ids of this scan only, so the article's names do not pile up in the
  // process-wide table; the tokens carrying them are given the same ids below.
  const local = new Map<string, number>();
  let nextLocal = wordIdLimit();
  const idOf = (key: string) => {
    const id = wordId(key);
    if (id >= 0) return id;
    let l = local.get(key);
    if (l === undefined) local.set(key, (l = nextLocal++));
    return l;
  };
  const trie = createTrie<{ form: string; actor: ActorCandidate }>(false);
  for (const a of aliases) addPhrase(trie, phraseKeys(foldText(a.form)), a, idOf);
  let ids = tokenWordIds(tokens);
  if (local.size > 0) {
    // Only a key as long as one of the new words is looked up.
    const lengths = new Set<number>();
    for (const key of local.keys()) lengths.add(key.length);
    ids = ids.slice();
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      if (ids[i]! < 0 && t.word && lengths.has(t.key.length)) ids[i] = local.get(t.key) ?? -1;
    }
  }
  const spans: ActorSpan[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const node = firstNode(trie, ids, i);
    if (!node) continue;
    for (const hit of matchFrom(node, tokens, ids, i, BRACKET_JOINERS)) {
      const start = tokens[i]!.start;
      const surface = text.slice(start, tokens[hit.last]!.end);
      const payload = hit.payloads.find((p) => surfaceMatches(surface, p.form));
      if (!payload) continue;
      // A form that closes a bracket takes the closing bracket too.
      const last = payload.form.endsWith(')') && tokens[hit.last + 1]?.key === ')' ? hit.last + 1 : hit.last;
      spans.push({ first: i, last, start, end: tokens[last]!.end, actor: payload.actor, rule: 'local-alias', confidence: 0.8 });
      i = last;
      break;
    }
  }
  return spans;
}
