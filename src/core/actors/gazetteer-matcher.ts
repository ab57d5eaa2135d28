/**
 * The gazetteer compiled once into a phrase trie over folded words. Scanning is one walk over the
 * article's tokens; longest verified match wins at each position.
 */
import type { GazetteerEntry } from '../reference.ts';
import { foldText } from '../text/fold.ts';
import { addPhrase, createTrie, firstNode, matchFrom, type Trie } from './phrase-trie.ts';
import { surfaceMatches } from './surface-check.ts';
import { phraseKeys, type Token } from './tokenize.ts';
import type { ActorCandidate, ActorSpan } from './types.ts';
import { tokenWordIds } from './word-ids.ts';

interface FormPayload {
  actor: ActorCandidate;
  form: string;
  caseSensitive: boolean;
}

export interface CompiledGazetteer {
  trie: Trie<FormPayload>;
  byId: Map<string, ActorCandidate>;
  /** Folded word key of every name and alias → actor, for names the patterns build. */
  byKey: Map<string, ActorCandidate>;
}

const DOLLAR = 0x24;
const keys = new Map<string, string>();

/** Folded word key of a name ("và" left out), for looking names up; memoised, names recur. */
export function keyOf(phrase: string): string {
  let key = keys.get(phrase);
  if (key === undefined) {
    key = phraseKeys(foldText(phrase)).filter((k) => k !== 'va').join(' ');
    if (keys.size > 50_000) keys.clear();
    keys.set(phrase, key);
  }
  return key;
}

export function compileGazetteer(entries: readonly GazetteerEntry[]): CompiledGazetteer {
  const trie = createTrie<FormPayload>();
  const byId = new Map<string, ActorCandidate>();
  const byKey = new Map<string, ActorCandidate>();
  for (const entry of entries) {
    const actor: ActorCandidate = {
      id: entry.id, name: entry.name, kind: entry.kind, country: entry.country, source: 'gazetteer',
      aliases: [entry.name, ...entry.aliases], partOf: entry.partOf,
    };
    byId.set(entry.id, actor);
    for (const form of new Set([entry.name, ...entry.aliases])) {
      addPhrase(trie, phraseKeys(foldText(form)), { actor, form, caseSensitive: false });
      const key = keyOf(form);
      if (!byKey.has(key)) byKey.set(key, actor);
    }
    for (const form of entry.caseSensitive) {
      addPhrase(trie, phraseKeys(foldText(form)), { actor, form, caseSensitive: true });
    }
  }
  return { trie, byId, byKey };
}

function accepts(surface: string, p: FormPayload): boolean {
  if (!p.caseSensitive) return surfaceMatches(surface, p.form);
  return surface === p.form || surface.normalize('NFC') === p.form.normalize('NFC');
}

/** Gazetteer mentions in the tokens, left to right, non-overlapping. */
export function scanGazetteer(text: string, tokens: readonly Token[], gaz: CompiledGazetteer): ActorSpan[] {
  const spans: ActorSpan[] = [];
  const ids = tokenWordIds(tokens);
  for (let i = 0; i < tokens.length; i++) {
    const node = firstNode(gaz.trie, ids, i);
    if (!node) continue;
    const tok = tokens[i] as Token;
    for (const hit of matchFrom(node, tokens, ids, i)) {
      const end = (tokens[hit.last] as Token).end;
      const surface = text.slice(tok.start, end);
      const payload = hit.payloads.find((p) => accepts(surface, p));
      // "US$2 million", "S$96 billion", "HK$": a country's code fused to "$" names a currency.
      if (!payload || text.charCodeAt(end) === DOLLAR) continue;
      spans.push({
        first: i, last: hit.last, start: tok.start, end, actor: payload.actor,
        rule: payload.caseSensitive ? 'gazetteer-case-sensitive' : 'gazetteer', confidence: 0.95,
      });
      i = hit.last;
      break;
    }
  }
  return spans;
}
