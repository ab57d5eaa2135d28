/**
 * Folding for matching: lower case, no diacritics, plain spaces and quotes — one UTF-16 unit in,
 * one out, so an offset found in `foldText(stored)` is the same offset in `stored`.
 */

import { unifyToneMarks } from './normalize.ts';

const SPACES = /[\u00A0\u1680\u2000-\u200B\u202F\u205F\u3000]/;
const SINGLE_QUOTES = '\u2018\u2019\u201A\u201B\u2032';
const DOUBLE_QUOTES = '\u201C\u201D\u201E\u201F\u00AB\u00BB\u2033';
const DASHES = '\u2010\u2011\u2012\u2013\u2014\u2015\u2212';

let foldTableCache: Uint16Array | undefined;
let lowerTableCache: Uint16Array | undefined;

function punctuationUnit(ch: string): number | null {
  if (SPACES.test(ch)) return 0x20;
  if (SINGLE_QUOTES.includes(ch)) return 0x27;
  if (DOUBLE_QUOTES.includes(ch)) return 0x22;
  if (DASHES.includes(ch)) return 0x2d;
  return null;
}

function lowerUnit(code: number, stripMarks: boolean): number {
  const ch = String.fromCharCode(code);
  if (stripMarks && (code === 0x0111 || code === 0x0110)) return 0x64; // đ Đ → d
  const punct = punctuationUnit(ch);
  if (punct !== null) return punct;
  if (code >= 0xd800 && code <= 0xdfff) return code; // surrogate halves stay as they are
  const base = stripMarks ? (ch.normalize('NFD')[0] ?? ch) : ch;
  const lower = base.toLowerCase();
  // A few letters lower-case to two units (İ); keep the base then, to hold the length.
  return lower.length === 1 ? lower.charCodeAt(0) : base.charCodeAt(0);
}

function buildTable(stripMarks: boolean): Uint16Array {
  const table = new Uint16Array(0x10000);
  for (let c = 0; c < 0x10000; c++) table[c] = lowerUnit(c, stripMarks);
  return table;
}

// ignoreBOM: a U+FEFF inside the text must stay, or offsets would shift.
const utf16 = new TextDecoder('utf-16le', { ignoreBOM: true });

function mapUnits(s: string, t: Uint16Array): string {
  const out = new Uint16Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = t[s.charCodeAt(i)]!;
  return utf16.decode(out);
}

/** One-entry memo: rules call fold/lower on the same stored text many times. */
function memo(fn: (s: string) => string): (s: string) => string {
  let lastIn: string | undefined;
  let lastOut = '';
  return (s) => {
    if (s !== lastIn) {
      lastOut = fn(s);
      lastIn = s;
    }
    return lastOut;
  };
}

/** Lower-case, strip Vietnamese diacritics (đ → d), unify spaces/quotes/dashes; same length as `s`. */
export const foldText: (s: string) => string = memo((s) => {
  foldTableCache ??= buildTable(true);
  return mapUnits(s, foldTableCache);
});

/**
 * Like `foldText` but keeps diacritics, with tone marks moved to one placement (hoà → hòa): for
 * rules that need the Vietnamese words themselves ("đồng" is not "động"). Same length as `s` (NFC).
 */
export const lowerText: (s: string) => string = memo((s) => {
  lowerTableCache ??= buildTable(false);
  return unifyToneMarks(mapUnits(s, lowerTableCache));
});

const VOWELS = /[aeiouy]/;

/**
 * Identity key for names: folded, punctuation and spaces collapsed. Dots inside a word vanish
 * ("TP.HCM" → "tphcm") and neighbouring vowel-less abbreviations join ("TP HCM" → "tphcm"), so all
 * spellings of an initialism meet; ordinary words stay apart ("Hoà Lạc" → "hoa lac").
 */
export function nameKey(s: string): string {
  const folded = foldText(s.normalize('NFC'))
    .replace(/(?<=[\p{L}\p{N}])[.'](?=[\p{L}\p{N}])/gu, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
  if (!folded) return '';
  const tokens = folded.split(' ');
  const out: string[] = [];
  let prevAbbrev = false;
  for (const token of tokens) {
    const abbrev = !VOWELS.test(token) && /^[a-z]+$/.test(token);
    if (abbrev && prevAbbrev && out.length) out[out.length - 1] += token;
    else out.push(token);
    prevAbbrev = abbrev;
  }
  return out.join(' ');
}

const slugs = new Map<string, string>();

/** Id-safe slug of a name: "NIC Hòa Lạc" → "nic-hoa-lac"; matches /^[a-z0-9][a-z0-9-]*$/ or is ''. */
export function slugify(s: string): string {
  // Names recur within and across articles: remember their slugs (a bounded memo).
  let slug = slugs.get(s);
  if (slug === undefined) {
    slug = nameKey(s)
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '');
    if (slugs.size >= 50_000) slugs.clear();
    slugs.set(s, slug);
  }
  return slug;
}
