/**
 * English numbers and quantities: "," groups thousands and "." marks decimals ("1,000" = 1000,
 * "1.5" = 1.5); scale words (thousand, million, billion, trillion) and, after a currency, their
 * short forms ("$50m", "€1.5bn") multiply. Currencies come before ("$200 million", "US$2 million",
 * "USD 1.5 billion", "¥300 million", "VND5 trillion") or after ("300 million Japanese yen"); counts
 * take a noun, with a few words between ("1,000 more Vietnamese chip engineers"). Qualifiers ("more
 * than", "at least", "up to") and "an additional" before, ranges ("$2-3 billion", "2 to 3 million").
 *
 * The result has the shape of the Vietnamese reader's `Quantity`, so the pledge rules of both
 * languages read the same records. Bare numbers with neither scale nor unit are left out.
 */
import type { Quantity } from '../../parse/numbers.ts';
import { lowerText } from '../../text/fold.ts';
import {
  COUNT_NOUNS, INCREMENTAL, NOT_BETWEEN, PREFIX_CURRENCIES, QUALIFIERS, SCALES, SHORT_SCALES, SMALL_NUMBERS, SUFFIX_UNITS, VAGUE_COUNTS,
  type EnUnit,
} from './numbers-words.ts';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const byLength = (xs: Iterable<string>) => [...xs].sort((a, b) => b.length - a.length);

const DIGITS = /\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?/gy;
const DIGIT_START = /\d/g;
const PREFIX = new RegExp(`(?:^|[^\\p{L}\\p{N}])(${byLength(Object.keys(PREFIX_CURRENCIES)).map(escape).join('|')})\\s?$`, 'u');
const SCALE_AFTER = new RegExp(`^(?:\\s*-\\s*|\\s+)(${Object.keys(SCALES).join('|')})(?![\\p{L}])`, 'u');
const SHORT_AFTER = new RegExp(`^\\s?(${byLength(Object.keys(SHORT_SCALES)).join('|')})(?![\\p{L}\\p{N}])`, 'u');
const UNIT_AFTER = new RegExp(`^(?:\\s*-\\s*|\\s*)(${byLength(Object.keys(SUFFIX_UNITS)).map(escape).join('|')})(?![\\p{L}\\p{N}])`, 'u');
const WORD_AFTER = /^\s+([\p{L}][\p{L}\p{N}'’-]*)/u;
const RANGE_NEXT = new RegExp(`^\\s*(?:-|–|to)\\s*(?:${byLength(Object.keys(PREFIX_CURRENCIES)).map(escape).join('|')})?\\s?\\d`, 'u');
const RANGE_BEFORE = new RegExp(`(?:^|[^\\p{L}\\p{N}.,])((?:(?:from|between)\\s+)?(${byLength(Object.keys(PREFIX_CURRENCIES)).map(escape).join('|')})?\\s?(\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)\\s*(?:-|–|to|and)\\s*)$`, 'u');
const QUALIFIER_OF = new Map(QUALIFIERS);
const LEAD = new RegExp(
  `(?:^|[^\\p{L}])((?:(${INCREMENTAL.map(escape).join('|')})\\s+)?(?:(${byLength(QUALIFIER_OF.keys()).map(escape).join('|')})\\s+)?(?:(${INCREMENTAL.map(escape).join('|')})\\s+)?)$`,
  'u',
);
const PER_AFTER = /^\s*(?:\/|per\s+)\s*([\p{L}\d²]+(?:\s+(?:metre|meter|kilometre|kilometer))?)/u;
const WORD_NUMBER = new RegExp(`(?<![\\p{L}\\p{N}])((?:${Object.keys(SMALL_NUMBERS).join('|')})(?:[\\s-]+(?:${Object.keys(SMALL_NUMBERS).filter((w) => w !== 'a' && w !== 'an').join('|')}))*)(?![\\p{L}\\p{N}])`, 'gu');
const VAGUE = new RegExp(`(?<![\\p{L}])(${byLength(Object.keys(VAGUE_COUNTS)).join('|')})\\s+of\\s+`, 'gu');

interface Tail {
  end: number;
  scale: number;
  unit: EnUnit | null;
  incremental: boolean;
}

/** Scale and unit after a number ending at `at`; `prefix`: a currency was written before it. */
function readTail(lower: string, at: number, prefix: EnUnit | null, words: boolean): Tail | null {
  let end = at;
  let scale = 1;
  let rest = lower.slice(end, end + 60);
  for (let n = 0; n < 2; n++) {
    const s = SCALE_AFTER.exec(rest);
    if (!s) break;
    scale *= SCALES[s[1]!]!;
    end += s[0].length;
    rest = lower.slice(end, end + 60);
  }
  if (scale === 1 && !words) {
    const short = SHORT_AFTER.exec(rest);
    // "$50m", "€1.5bn": only after a currency, or before one ("50m euros"); "50m" alone is a length.
    if (short && (prefix || moneyUnitAt(rest.slice(short[0].length)))) {
      scale = SHORT_SCALES[short[1]!]!;
      end += short[0].length;
      rest = lower.slice(end, end + 60);
    }
  }
  if (prefix) return { end, scale, unit: prefix, incremental: false };
  const u = UNIT_AFTER.exec(rest);
  if (u && (u[1] !== '%' || u[0].length === 1 || /^\s%/.test(u[0]))) {
    const unit = SUFFIX_UNITS[u[1]!]!;
    // "30 percent" needs no scale; "1.5 billion dollars" may have one.
    return { end: end + u[0].length, scale, unit, incremental: false };
  }
  // A count noun, with at most two ordinary words before it ("500 more skilled engineers").
  let probe = end;
  let incremental = false;
  for (let n = 0; n < 4; n++) {
    const w = WORD_AFTER.exec(lower.slice(probe, probe + 40));
    if (!w) break;
    const word = w[1]!.replace(/[’']s$/, '');
    const noun = COUNT_NOUNS[word] ?? COUNT_NOUNS[word.replace(/-/g, ' ')];
    if (noun) return { end: probe + w[0].length - (w[1]!.length - word.length), scale, unit: noun, incremental };
    if (NOT_BETWEEN.has(word) || /\d/.test(word) || SCALES[word]) break;
    if (word === 'more' || word === 'additional' || word === 'extra' || word === 'new') incremental ||= word !== 'new';
    probe += w[0].length;
  }
  return scale === 1 ? null : { end, scale, unit: null, incremental: false };
}

function moneyUnitAt(rest: string): boolean {
  const u = UNIT_AFTER.exec(rest);
  return u !== null && SUFFIX_UNITS[u[1]!]!.kind === 'money';
}

function parseDigits(s: string): number {
  return Number(s.replace(/,/g, ''));
}

function parseWords(s: string): number | null {
  let total = 0;
  let current = 0;
  for (const w of s.split(/[\s-]+/)) {
    const v = SMALL_NUMBERS[w];
    if (v === undefined) return null;
    if (w === 'hundred') current = (current || 1) * 100;
    else if (w === 'dozen') current = (current || 1) * 12;
    else current += v;
  }
  total += current;
  return total > 0 ? total : null;
}

function roundValue(v: number): number {
  if (Number.isInteger(v) && Math.abs(v) < 1e15) return v;
  return Number(v.toPrecision(12));
}

interface Lead {
  length: number;
  qualifier: Quantity['qualifier'];
  incremental: boolean;
}

function readLead(before: string): Lead {
  const m = LEAD.exec(before);
  const lead = m?.[1] ?? '';
  return { length: lead.length, qualifier: m?.[3] ? (QUALIFIER_OF.get(m[3]) ?? null) : null, incremental: Boolean(m?.[2] || m?.[4]) };
}

/** Quantities in an English stored text, in order; offsets point into `text`. */
export function findEnglishQuantities(text: string): Quantity[] {
  const lower = lowerText(text);
  const out: Quantity[] = [];
  const push = (start: number, tail: Tail, base: number, low: number | null, lowStart: number | null, vague = false) => {
    const before = lower.slice(Math.max(0, (lowStart ?? start) - 40), lowStart ?? start);
    const lead = readLead(before);
    const per = tail.unit?.kind === 'money' ? PER_AFTER.exec(lower.slice(tail.end, tail.end + 24))?.[1] ?? null : null;
    out.push({
      start, end: tail.end, text: text.slice(start, tail.end), phraseStart: (lowStart ?? start) - lead.length,
      value: roundValue(base * tail.scale), unit: tail.unit?.unit ?? null, kind: tail.unit?.kind ?? 'number',
      qualifier: vague ? 'at_least' : low !== null ? 'up_to' : lead.qualifier, incremental: lead.incremental || tail.incremental,
      per, low: low === null ? null : roundValue(low * tail.scale), vague,
    });
  };

  let consumed = 0;
  DIGIT_START.lastIndex = 0;
  for (let m = DIGIT_START.exec(lower); m; m = DIGIT_START.exec(lower)) {
    const at = m.index;
    if (at < consumed) continue;
    DIGITS.lastIndex = at;
    const d = DIGITS.exec(lower)!;
    const numEnd = at + d[0].length;
    DIGIT_START.lastIndex = numEnd;
    const prevChar = lower[at - 1] ?? ' ';
    const before = lower.slice(Math.max(0, at - 8), at);
    const prefixMatch = PREFIX.exec(before);
    const prefix = prefixMatch ? PREFIX_CURRENCIES[prefixMatch[1]!]! : null;
    // Inside a word or another number ("G20", "C4IR", "1.2.3"), unless a currency code is glued on ("VND5").
    if (!prefix && /[\p{L}\p{N}.,/]/u.test(prevChar)) continue;
    const nextChar = lower[numEnd] ?? ' ';
    if (/[\d]/.test(nextChar)) continue;
    // The low end of a range ("$2-3 billion", "2 to 3 million"): read with the high end.
    if (RANGE_NEXT.test(lower.slice(numEnd, numEnd + 12)) && !/^\s*(?:-|–)\s*\d{4}/.test(lower.slice(numEnd, numEnd + 8))) {
      const tailOfLow = readTail(lower, numEnd, prefix, false);
      if (!tailOfLow || tailOfLow.scale === 1 || !tailOfLow.unit) continue;
    }
    const start = prefixMatch ? at - prefixMatch[0].length + prefixMatch[0].lastIndexOf(prefixMatch[1]!) : at;
    const range = RANGE_BEFORE.exec(lower.slice(Math.max(0, start - 30), start));
    // "$2-3 billion": the currency written with the low end is the high end's too.
    const tail = readTail(lower, numEnd, prefix ?? (range?.[2] ? PREFIX_CURRENCIES[range[2]]! : null), false);
    if (!tail) continue;
    if (/[\p{L}]/u.test(nextChar) && tail.end === numEnd) continue;
    const low = range ? parseDigits(range[3]!) : null;
    const lowStart = range ? start - range[1]!.length : null;
    push(start, tail, parseDigits(d[0]), low, lowStart);
    consumed = tail.end;
  }

  for (const w of lower.matchAll(WORD_NUMBER)) {
    const at = w.index;
    if (out.some((q) => at < q.end && q.start < at + w[0].length)) continue;
    const tail = readTail(lower, at + w[0].length, null, true);
    const first = w[1]!.split(/[\s-]+/)[0]!;
    if (!tail || ((first === 'a' || first === 'an') && tail.scale === 1)) continue;
    const base = parseWords(w[1]!);
    if (base === null) continue;
    push(at, tail, base, null, null);
  }

  for (const v of lower.matchAll(VAGUE)) {
    const at = v.index;
    const tail = readTail(lower, at + v[0].length - 1, null, true);
    if (!tail?.unit || out.some((q) => at < q.end && q.start < tail.end)) continue;
    push(at, tail, VAGUE_COUNTS[v[1]!]!, null, null, true);
  }
  return out.sort((a, b) => a.start - b.start);
}
