/**
 * Capitalised runs: the stretches of capitalised words (with "of", "and", "for", "the", "-", "&",
 * "." between them) that English names are made of. The organisation, brand and person patterns
 * all start from these.
 */
import { matchAt } from '../../actors/phrase-trie.ts';
import { adjacent, capAt, isWord, type ScanContext } from '../../actors/scan-context.ts';
import { isVietnameseSyllable, SURNAMES } from '../../actors/vietnamese-words.ts';
import { englishTitleTrie, MINISTRY_FIELDS } from './titles.ts';
import { NAME_CONNECTORS, NOT_NAME_START } from './words.ts';

export interface Run {
  first: number;
  last: number;
}

/** "Nvidia's": token k is followed by an apostrophe and "s". */
export function possessiveAfter(ctx: ScanContext, k: number): boolean {
  const a = ctx.tokens[k + 1];
  const s = ctx.tokens[k + 2];
  return a !== undefined && s !== undefined && (a.key === "'") && s.key === 's' && a.start === ctx.tokens[k]!.end && s.start === a.end;
}

/** The title phrase starting at token k, if any (the longest), as its last token. */
export function titleEndAt(ctx: ScanContext, k: number): number {
  if (!isWord(ctx, k)) return -1;
  const hit = matchAt(englishTitleTrie(), ctx.tokens, ctx.ids, k)[0];
  return hit ? hit.last : -1;
}

function joinerBetween(ctx: ScanContext, k: number): boolean {
  const t = ctx.tokens[k];
  if (!t || t.word) return false;
  if (t.key !== '-' && t.key !== '&' && t.key !== '.') return false;
  // An em dash sets off a dateline or an aside ("HANOI — FPT Corporation …"); names join with hyphens.
  if (ctx.text.slice(t.start, t.end).includes('\u2014')) return false;
  const prev = ctx.tokens[k - 1]!;
  // "Keith Strier – Vice President of …": a spaced dash before a post opens an appositive, not a longer name.
  if (t.key === '-' && t.start > prev.end && titleEndAt(ctx, k + 1) >= 0) return false;
  const next = ctx.tokens[k + 1];
  // "Hi-Tech", "R&D", "Co." glued to the word before; "AT & T" with spaces.
  return next !== undefined && next.word && t.start - prev.end <= 1 && next.start - t.end <= 1 && !ctx.text.slice(prev.end, next.start).includes('\n');
}

/**
 * ", Technology and Research" after a body's field ("Agency for Science, …", "Ministry of Labour,
 * Invalids and Social Affairs"): field words listed with commas and closed by "and"; the list's last
 * token, or -1. Only field words: ", Kyoto University and …" lists another body.
 */
export function fieldListEnd(ctx: ScanContext, comma: number): number {
  const field = (k: number) => capAt(ctx, k) && adjacent(ctx, k) && MINISTRY_FIELDS.has(ctx.tokens[k]!.key);
  let k = comma + 1;
  if (!field(k)) return -1;
  for (;;) {
    while (field(k + 1)) k++;
    const sep = ctx.tokens[k + 1]?.key;
    if (sep === ',' && field(k + 2)) k += 2;
    else if (sep === 'and' && field(k + 2)) {
      k += 2;
      while (field(k + 1)) k++;
      return k;
    } else return -1;
  }
}

/** "and NICDC", "and Vietcombank": an acronym or a known name after "and" is another organisation, not more of this one's field. */
function otherBodyAt(ctx: ScanContext, k: number): boolean {
  const t = ctx.tokens[k];
  if (!t || MINISTRY_FIELDS.has(t.key)) return false;
  const raw = ctx.text.slice(t.start, t.end);
  return ctx.gazAt.has(k) || (raw.length >= 2 && raw === raw.toUpperCase() && /\p{Lu}/u.test(raw));
}

/**
 * The capitalised run starting at token i (which must be a capitalised word), stopping before a
 * possessive, a title word when `stopAtTitles`, punctuation, or the end of the line.
 */
/** Capitalised words that after "on"/"in" say when, not which body. */
const TIME_WORDS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december']);

export function readRun(ctx: ScanContext, i: number, stopAtTitles = true): Run | null {
  if (!capAt(ctx, i)) return null;
  let last = i;
  let sawOf = false;
  let k = i + 1;
  for (;;) {
    if (possessiveAfter(ctx, last)) {
      // "People's Committee": the possessive is part of the name.
      if (ctx.tokens[last]!.key === 'people' && capAt(ctx, last + 3) && adjacent(ctx, last + 3)) {
        last = last + 3;
        k = last + 1;
        continue;
      }
      break;
    }
    const t = ctx.tokens[k];
    if (!t) break;
    if (!t.word) {
      if (joinerBetween(ctx, k) && (capAt(ctx, k + 1) || /^\d/.test(ctx.tokens[k + 1]!.key) || ctx.tokens[k + 1]!.key.length <= 4)) {
        last = k + 1;
        k += 2;
        continue;
      }
      if (t.key === ',' && sawOf && MINISTRY_FIELDS.has(ctx.tokens[last]!.key)) {
        const end = fieldListEnd(ctx, k);
        if (end > 0) {
          last = end;
          k = end + 1;
          continue;
        }
      }
      // "Co." ends a name: take the dot.
      if (t.key === '.' && t.start === ctx.tokens[last]!.end && ['co', 'corp', 'inc', 'ltd', 'jsc'].includes(ctx.tokens[last]!.key)) last = k;
      // "VSIP Quang Ngai Co., Ltd": the legal form goes on past its comma.
      const after = last === k ? k + 1 : k;
      if (ctx.tokens[last - (last === k ? 1 : 0)]!.key === 'co' && ctx.tokens[after]?.key === ',' && ['ltd', 'limited'].includes(ctx.tokens[after + 1]?.key ?? '') && adjacent(ctx, after + 1)) {
        last = after + 1;
        if (ctx.tokens[last + 1]?.key === '.' && ctx.tokens[last + 1]!.start === ctx.tokens[last]!.end) last++;
      }
      break;
    }
    if (!adjacent(ctx, k)) break;
    if (capAt(ctx, k) || /^\d+$/.test(t.key) && capAt(ctx, k - 1) && ctx.tokens[k + 1]?.word !== true) {
      if (stopAtTitles && titleEndAt(ctx, k) >= 0 && capAt(ctx, titleEndAt(ctx, k) + 1) && k > i) break;
      last = k;
      k++;
      continue;
    }
    const w = t.key;
    if (w === 'of' || w === 'for') sawOf = true;
    // A connector joins only when a capitalised word follows; "and" only inside a field ("Ministry of Planning and Investment").
    if (NAME_CONNECTORS.has(w) && (w !== 'and' || (sawOf && !otherBodyAt(ctx, k + 1))) && capAt(ctx, k + 1) && adjacent(ctx, k + 1)) {
      if ((w === 'the' || w === 'on' || w === 'in') && !sawOf) break;
      // "… University of Engineering and Technology on Sunday": a date is no part of the name.
      if ((w === 'on' || w === 'in') && TIME_WORDS.has(ctx.tokens[k + 1]!.key)) break;
      last = k + 1;
      k += 2;
      continue;
    }
    break;
  }
  return { first: i, last };
}

/** Whether the capitalised token i may open a name (not a sentence-start function word). */
export function mayStartName(ctx: ScanContext, i: number): boolean {
  return capAt(ctx, i) && !NOT_NAME_START.has(ctx.tokens[i]!.key);
}

export function textOf(ctx: ScanContext, first: number, last: number): string {
  return ctx.text.slice(ctx.tokens[first]!.start, ctx.tokens[last]!.end);
}

/** Whether three capitalised Vietnamese syllables, a family name first, start at token k ("Vo Van Hoan"). */
export function vietnameseNameAt(ctx: ScanContext, k: number): boolean {
  if (!SURNAMES.has(ctx.tokens[k]?.key ?? '')) return false;
  for (let n = k; n < k + 3; n++) {
    if (!capAt(ctx, n) || (n > k && !adjacent(ctx, n)) || !isVietnameseSyllable(ctx.tokens[n]!.key)) return false;
  }
  return true;
}
