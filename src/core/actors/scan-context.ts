/**
 * What the actor patterns look at: the stored text, its tokens, and the gazetteer hits found first
 * (indexed by their first token) so a pattern can stop at, or take in, a known name.
 */
import type { CompiledGazetteer } from './gazetteer-matcher.ts';
import { isCapitalised, type Token } from './tokenize.ts';
import type { ActorSpan } from './types.ts';
import { isVietnameseSyllable, lowerWord } from './vietnamese-words.ts';
import { tokenWordIds } from './word-ids.ts';

export interface ScanContext {
  text: string;
  tokens: Token[];
  gaz: CompiledGazetteer;
  /** Gazetteer spans by first token index. */
  gazAt: Map<number, ActorSpan>;
  /** The tokens' word ids (tokenWordIds). */
  ids: Int32Array;
}

export function createContext(text: string, tokens: Token[], gaz: CompiledGazetteer, spans: ActorSpan[]): ScanContext {
  return { text, tokens, gaz, gazAt: new Map(spans.map((s) => [s.first, s])), ids: tokenWordIds(tokens) };
}

export function wordAt(ctx: ScanContext, i: number): string {
  const t = ctx.tokens[i];
  return t ? ctx.text.slice(t.start, t.end) : '';
}

export function lowerAt(ctx: ScanContext, i: number): string {
  return lowerWord(wordAt(ctx, i));
}

export function isWord(ctx: ScanContext, i: number): boolean {
  return ctx.tokens[i]?.word === true;
}

export function capAt(ctx: ScanContext, i: number): boolean {
  const t = ctx.tokens[i];
  return t !== undefined && t.word && isCapitalised(ctx.text, t);
}

/** True when tokens i-1 and i sit on one line with only a space or two between them. */
export function adjacent(ctx: ScanContext, i: number): boolean {
  const a = ctx.tokens[i - 1];
  const b = ctx.tokens[i];
  if (!a || !b) return false;
  const gap = ctx.text.slice(a.end, b.start);
  return gap.length <= 2 && !gap.includes('\n');
}

/** The token starts with A–Z, as both patterns below need: most words are read no further. */
function startsWithCapitalAZ(ctx: ScanContext, t: Token): boolean {
  const c = ctx.text.charCodeAt(t.start);
  return c >= 0x41 && c <= 0x5a;
}

/** A Latin-script brand-like word: ASCII, capitalised, and not a bare Vietnamese syllable. */
export function isLatinName(ctx: ScanContext, i: number): boolean {
  const t = ctx.tokens[i];
  if (!t || !t.word || !startsWithCapitalAZ(ctx, t)) return false;
  const w = wordAt(ctx, i);
  if (!/^[A-Z][A-Za-z0-9]*$/.test(w)) return false;
  if (/^[A-Z0-9]{2,}$/.test(w)) return true;
  return /[fjwz]/.test(t.key) || !isVietnameseSyllable(t.key);
}

/** An all-capitals acronym such as "C4IR", "NIC", "WEF". */
export function isAcronym(ctx: ScanContext, i: number): boolean {
  const t = ctx.tokens[i];
  if (!t || !startsWithCapitalAZ(ctx, t)) return false;
  const w = wordAt(ctx, i);
  return /^[A-Z][A-Z0-9&]{1,9}$/.test(w) && /[A-Z].*[A-Z0-9]/.test(w);
}

/** A gazetteer country or place starting at token i. */
export function placeAt(ctx: ScanContext, i: number): ActorSpan | undefined {
  const s = ctx.gazAt.get(i);
  return s && (s.actor.kind === 'country' || s.actor.kind === 'place') ? s : undefined;
}

/** The country a place qualifier implies. */
export function countryOf(span: ActorSpan | undefined): string | null {
  if (!span) return null;
  return span.actor.kind === 'country' ? span.actor.id : span.actor.country;
}
