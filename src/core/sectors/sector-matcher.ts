/**
 * The sector vocabulary compiled into the same phrase trie the gazetteer uses: Vietnamese and
 * English keywords, folded, checked diacritic for diacritic ("bán dẫn", not "bàn dân").
 */
import { addPhrase, createTrie, firstNode, matchFrom, type Trie } from '../actors/phrase-trie.ts';
import { surfaceMatches } from '../actors/surface-check.ts';
import { phraseKeys, type Token } from '../actors/tokenize.ts';
import { tokenWordIds } from '../actors/word-ids.ts';
import type { SectorEntry } from '../reference.ts';
import { foldText } from '../text/fold.ts';

interface KeywordPayload {
  sector: SectorEntry;
  keyword: string;
}

export interface CompiledSectors {
  trie: Trie<KeywordPayload>;
  byId: Map<string, SectorEntry>;
}

export interface SectorHit {
  first: number;
  last: number;
  start: number;
  end: number;
  sector: SectorEntry;
}

export function compileSectors(entries: readonly SectorEntry[]): CompiledSectors {
  const trie = createTrie<KeywordPayload>();
  for (const sector of entries) {
    for (const keyword of new Set([...sector.keywords.vi, ...sector.keywords.en])) {
      addPhrase(trie, phraseKeys(foldText(keyword)), { sector, keyword });
    }
  }
  return { trie, byId: new Map(entries.map((e) => [e.id, e])) };
}

/** Keyword hits left to right, longest first, skipping tokens in `blocked` (actor names). */
export function scanSectors(text: string, tokens: readonly Token[], sectors: CompiledSectors, blocked: Uint8Array): SectorHit[] {
  const hits: SectorHit[] = [];
  const ids = tokenWordIds(tokens);
  for (let i = 0; i < tokens.length; i++) {
    const node = blocked[i] ? undefined : firstNode(sectors.trie, ids, i);
    if (!node) continue;
    for (const hit of matchFrom(node, tokens, ids, i)) {
      let free = true;
      for (let k = i; k <= hit.last; k++) if (blocked[k]) free = false;
      const start = tokens[i]!.start;
      const end = tokens[hit.last]!.end;
      const surface = free ? text.slice(start, end) : '';
      const payload = free ? hit.payloads.find((p) => surfaceMatches(surface, p.keyword)) : undefined;
      if (!payload) continue;
      hits.push({ first: i, last: hit.last, start, end, sector: payload.sector });
      i = hit.last;
      break;
    }
  }
  return hits;
}
