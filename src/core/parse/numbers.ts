/**
 * Vietnamese numbers and quantities: "." groups thousands and "," marks decimals ("1.000" = 1000,
 * "1,5" = 1.5); scale words nghìn/ngàn = 10³, triệu = 10⁶, tỷ/tỉ = 10⁹ multiply ("nghìn tỷ" = 10¹²).
 */
import { lowerText } from '../text/fold.ts';
import { parseNumberWords } from './number-words.ts';
import {
  GLUED_BEFORE, NOT_DOLLAR_AFTER, QUANTITY_PASSES, VAGUE, VAGUE_SCALES, readLead, scaleOf,
  type QuantityQualifier,
} from './quantity-patterns.ts';
import { unitOf, type QuantityKind } from './units.ts';

export { toUsd } from './units.ts';
export type { QuantityKind } from './units.ts';
export type { QuantityQualifier } from './quantity-patterns.ts';

export interface Quantity {
  /** Offsets of the amount itself ("3 tỷ USD"), without qualifier or "thêm". */
  start: number;
  end: number;
  text: string;
  /** Start of the whole phrase, qualifier, "thêm" or a range's low end included ("thêm 3 tỷ USD"). */
  phraseStart: number;
  value: number;
  unit: string | null;
  kind: QuantityKind | 'number';
  qualifier: QuantityQualifier | null;
  incremental: boolean;
  /** "30 tỷ đồng/m2": a rate per this unit, not an amount. */
  per: string | null;
  /** Low end of a range ("2-3 tỷ USD": value 3e9, low 2e9), else null. */
  low: number | null;
  /** A vague amount ("hàng nghìn kỹ sư", "nhiều tỷ USD"): value is its floor. */
  vague: boolean;
}

/**
 * Parses a number written with Vietnamese separators. A lone "." followed by groups of exactly three
 * digits groups thousands; otherwise it is a decimal point. A lone "," is a decimal comma; several
 * ","-groups of three digits are English thousands. Returns null for anything else.
 */
export function parseVietnameseNumber(s: string): number | null {
  const t = s.trim();
  if (!/^\d[\d.,]*$/.test(t) || /[.,]$/.test(t)) return null;
  const dots = t.includes('.');
  const commas = t.includes(',');
  let canonical: string;
  if (dots && commas) {
    canonical = t.lastIndexOf(',') > t.lastIndexOf('.')
      ? t.replace(/\./g, '').replace(',', '.')
      : t.replace(/,/g, '');
  } else if (dots) {
    canonical = /^\d{1,3}(\.\d{3})+$/.test(t) ? t.replace(/\./g, '') : t;
  } else if (commas) {
    canonical = /^\d{1,3}(,\d{3}){2,}$/.test(t) ? t.replace(/,/g, '') : t.replace(',', '.');
  } else canonical = t;
  if (!/^\d+(\.\d+)?$/.test(canonical)) return null;
  return Number(canonical);
}

const YEAR_CONTEXT = /(?:^|[^\p{L}\p{M}])(?:trong|cả|mỗi|hàng|cuối|đầu|giữa|của|một|nhiều|các|những|qua|nay)\s+$/u;

interface Reading { base: number; scale: number; vague: (typeof VAGUE)[string] | null }

function readNumber(digits: string, words: string, vagueWord: string, vagueScale: string, scaleText: string, countUnit: boolean): Reading | null {
  if (vagueWord) {
    const vague = VAGUE[vagueWord]!;
    return { base: vague.base, scale: scaleOf(`${vagueScale} ${scaleText}`, VAGUE_SCALES), vague };
  }
  let base = digits ? parseVietnameseNumber(digits) : parseNumberWords(words.split(/\s+/));
  // "1,000 kỹ sư": nobody counts a thousandth of an engineer, so this comma groups thousands.
  if (digits && countUnit && /^\d{1,3},\d{3}$/.test(digits)) base = Number(digits.replace(',', ''));
  return base === null ? null : { base, scale: scaleOf(scaleText), vague: null };
}

/**
 * Quantities in stored text: a number (digits or words) with scale words and/or a unit. Bare numbers
 * with neither are left out (they are dates, ordinals, counts of nothing in particular).
 */
export function findQuantities(text: string): Quantity[] {
  const lower = lowerText(text);
  const matches = passMatches(lower);
  const out: Quantity[] = [];
  let consumed = 0;
  for (const m of matches) {
    const [whole, prefix = '', digits = '', words = '', vagueWord = '', vagueScale = '', scaleText = '', unitMatch = ''] = m;
    const start = m.index;
    if (start < consumed || (start > 0 && GLUED_BEFORE.test(lower[start - 1]!))) continue;
    let end = start + whole.length;
    let unitText = prefix ? 'usd' : unitMatch;
    if (unitText === 'đô' && NOT_DOLLAR_AFTER.test(lower.slice(end, end + 12))) {
      end = start + whole.length - unitText.length;
      while (/\s/.test(lower[end - 1]!)) end--;
      unitText = '';
    }
    if (!scaleText.trim() && !unitText && !vagueWord) continue;
    if (vagueWord && !unitText) continue;
    // "năm" is far more often "year" than "five": alone, or after "trong", "mỗi", "cuối" …
    if (words === 'năm' && (!unitText || YEAR_CONTEXT.test(lower.slice(Math.max(0, start - 8), start)))) continue;
    const unit = unitText ? unitOf(unitText) : undefined;
    const reading = readNumber(digits, words, vagueWord, vagueScale, scaleText, unit?.kind === 'count');
    if (!reading) continue;
    const lead = readLead(lower.slice(Math.max(0, start - 30), start));
    const low = lead.lowDigits ? parseVietnameseNumber(lead.lowDigits) : null;
    out.push({
      start, end, text: text.slice(start, end), phraseStart: start - lead.length,
      value: roundValue(reading.base * reading.scale),
      unit: unit?.unit ?? null,
      kind: unit?.kind ?? 'number',
      qualifier: reading.vague?.qualifier ?? lead.qualifier,
      incremental: lead.incremental,
      per: /^\/\s*([\p{L}\d²]+)/u.exec(lower.slice(end, end + 12))?.[1] ?? null,
      low: low === null ? null : roundValue(low * reading.scale),
      vague: reading.vague !== null,
    });
    consumed = end;
  }
  return out;
}

/**
 * The matches of every pass, by position; at one position, in pass order (as a stable sort of the
 * passes' matches would give). Read with exec loops and merged, not spread from matchAll and sorted.
 */
function passMatches(lower: string): RegExpExecArray[] {
  // No pass can match the empty string, so each loop advances.
  const lists = QUANTITY_PASSES.map((re) => {
    const found: RegExpExecArray[] = [];
    re.lastIndex = 0;
    for (let m = re.exec(lower); m; m = re.exec(lower)) found.push(m);
    return found;
  });
  const at = lists.map(() => 0);
  const out: RegExpExecArray[] = [];
  for (;;) {
    let best = -1;
    for (let p = 0; p < lists.length; p++) {
      const m = lists[p]![at[p]!];
      if (m && (best < 0 || m.index < lists[best]![at[best]!]!.index)) best = p;
    }
    if (best < 0) return out;
    out.push(lists[best]![at[best]!++]!);
  }
}

// 1,5 × 10⁹ must print as 1500000000, not 1500000000.0000002.
function roundValue(v: number): number {
  // A whole number of at most 12 digits is already what printing it to 12 digits gives back
  // (0 is left to the slow path: -0 comes back as 0).
  if (Number.isInteger(v) && v !== 0 && Math.abs(v) < 1e12) return v;
  return Number(v.toPrecision(12));
}
