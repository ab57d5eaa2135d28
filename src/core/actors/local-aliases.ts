/**
 * Names introduced earlier in the same article, found again wherever they recur: "C4IR",
 * "C4IR TPHCM", "Lê Trường Duy". Compiled per article (few names), scanned like the gazetteer.
 */
import { foldText } from '../text/fold.ts';
import { addPhrase, createTrie, matchAt } from './phrase-trie.ts';
import { surfaceMatches } from './surface-check.ts';
import { phraseKeys, type Token } from './tokenize.ts';
import type { ActorCandidate, ActorSpan } from './types.ts';

/** Spans of `aliases`, longest first at each token; callers settle overlaps with other spans. */
export function scanLocalAliases(
  text: string, tokens: readonly Token[], aliases: ReadonlyArray<{ form: string; actor: ActorCandidate }>,
): ActorSpan[] {
  if (aliases.length === 0) return [];
  const trie = createTrie<{ form: string; actor: ActorCandidate }>();
  for (const a of aliases) addPhrase(trie, phraseKeys(foldText(a.form)), a);
  const spans: ActorSpan[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!trie.next.has(tokens[i]!.key)) continue;
    for (const hit of matchAt(trie, tokens, i)) {
      const start = tokens[i]!.start;
      const end = tokens[hit.last]!.end;
      const surface = text.slice(start, end);
      const payload = hit.payloads.find((p) => surfaceMatches(surface, p.form));
      if (!payload) continue;
      spans.push({ first: i, last: hit.last, start, end, actor: payload.actor, rule: 'local-alias', confidence: 0.8 });
      i = hit.last;
      break;
    }
  }
  return spans;
}
