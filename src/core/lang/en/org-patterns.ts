/**
 * English organisations the gazetteer lacks, found from capitalised runs: by a head word at the end
 * ("Amkor Technology", "Hoa Lac Hi-Tech Park", "Vietnam Semiconductor Industry Association") or at
 * the start before "of"/"for" ("Ministry of Planning and Investment", "University of Danang"); a
 * known company's local unit ("Samsung Electronics Vietnam", "Hana Micron Vina"); brands after a
 * company descriptor ("tech giant FPT", "startup VinBrain") or before one (", a US chipmaker"); and
 * places before a lower-case place word ("Yen Phong district").
 */
import { keyOf } from '../../actors/gazetteer-matcher.ts';
import { adjacent, capAt, isAcronym, isWord, type ScanContext } from '../../actors/scan-context.ts';
import type { ActorCandidate, ActorSpan } from '../../actors/types.ts';
import type { ActorKind } from '../../claims.ts';
import { slugify } from '../../text/fold.ts';
import { mayStartName, possessiveAfter, readRun, textOf, titleEndAt, vietnameseNameAt, type Run } from './name-runs.ts';
import { COMPANY_NOUNS, DEMONYMS, NOT_NAME_START, PREFIX_HEADS, SUFFIX_HEADS, WEAK_SUFFIXES } from './words.ts';

/** Suffixes that only say "a company": "Amkor Technology Inc." is Amkor Technology. */
const LEGAL = new Set(['corporation', 'corp', 'inc', 'incorporated', 'co', 'company', 'ltd', 'limited', 'llc', 'plc', 'jsc', 'group', 'holdings']);
const LOCAL_UNIT = new Set(['vietnam', 'vina', 'viet']);
/** Business words between a known company and its local unit's country word. */
const UNIT_LINES = new Set(['solar', 'energy', 'power', 'electronics', 'display', 'products', 'technology', 'technologies', 'semiconductor', 'software', 'engineering', 'manufacturing', 'electric', 'renewables', 'wind', 'industrial', 'development']);
const PLACE_WORDS = new Set(['province', 'district', 'city', 'commune', 'town', 'ward', 'county', 'prefecture', 'state']);
const BRAND_AFTER = new Set(['factory', 'plant', 'investment', 'chairman', 'ceo', 'subsidiary', 'unit', 'office', 'headquarters', 'shares', 'president', 'founder', 'chief', 'facility', 'campus', 'project', 'products', 'chips', 'revenue', 'expansion']);

export function candidateFor(ctx: ScanContext, name: string, kind: ActorKind, country: string | null, aliases: string[]): ActorCandidate {
  const known = ctx.gaz.byKey.get(keyOf(name));
  if (known) return known;
  return { id: slugify(name), name, kind, country, source: 'pattern', aliases: [...new Set(aliases)], partOf: null };
}

function spanOf(ctx: ScanContext, first: number, last: number, actor: ActorCandidate, rule: string, confidence: number): ActorSpan {
  return { first, last, start: ctx.tokens[first]!.start, end: ctx.tokens[last]!.end, actor, rule, confidence };
}

// Called for every capitalised word: only a word that can start a two-word demonym builds the pair.
const PAIR_STARTS = new Set(Object.keys(DEMONYMS).filter((k) => k.includes(' ')).map((k) => k.split(' ')[0]!));

/** The country a demonym or short name before a name gives ("Vietnamese", "South Korean", "US"). */
export function demonymAt(ctx: ScanContext, k: number): { country: string; last: number } | null {
  const t = ctx.tokens[k];
  if (!t?.word || !capAt(ctx, k)) return null;
  if (PAIR_STARTS.has(t.key)) {
    const two = `${t.key} ${ctx.tokens[k + 1]?.key ?? ''}`;
    if (DEMONYMS[two] && adjacent(ctx, k + 1)) return { country: DEMONYMS[two]!, last: k + 1 };
  }
  const key = t.key === 'u' && ctx.text.startsWith('U.S.', t.start) ? 'u.s.' : t.key;
  const country = DEMONYMS[key];
  if (!country) return null;
  // "US" is in capitals; "Korean" capitalised.
  if ((key === 'us' || key === 'uk') && ctx.text.slice(t.start, t.end) !== key.toUpperCase()) return null;
  return { country, last: key === 'u.s.' ? Math.min(k + 3, ctx.tokens.length - 1) : k };
}

/** "HDF", "SK", "VNG": a word written in capitals only. */
function isAcronymWord(ctx: ScanContext, k: number): boolean {
  const t = ctx.tokens[k];
  if (!t?.word) return false;
  const raw = ctx.text.slice(t.start, t.end);
  return raw.length >= 2 && raw.length <= 6 && /^[A-Z0-9]+$/.test(raw) && /[A-Z]/.test(raw);
}

/** The organisation a run names, if a head word says it is one. */
function orgOfRun(ctx: ScanContext, run: Run): ActorSpan | null {
  let first = run.first;
  while (first <= run.last && (!isWord(ctx, first) || NOT_NAME_START.has(ctx.tokens[first]!.key) || demonymAt(ctx, first)?.last === first && first < run.last && !SUFFIX_HEADS[ctx.tokens[first + 1]!.key])) first++;
  if (first > run.last) return null;
  let kind: ActorKind | null = null;
  let last = run.last;
  // "Ministry of …", "University of …": a prefix head followed by "of"/"for".
  for (let k = first; k < run.last; k++) {
    const key = ctx.tokens[k]!.key;
    const next = ctx.tokens[k + 1]?.key;
    if (PREFIX_HEADS[key] && (next === 'of' || next === 'for' || (key === 'people' && next === "'"))) {
      kind = PREFIX_HEADS[key]!;
      // "People's Committee Vo Van Hoan", "Ministry of Industry and Trade Nguyen Hong Dien": a title's name after the body is not the body's.
      for (let n = k + 2; n <= run.last; n++) {
        if (vietnameseNameAt(ctx, n)) {
          last = n - 1;
          break;
        }
      }
      break;
    }
  }
  if (kind && !isWord(ctx, last)) last--;
  if (!kind) {
    // The last head word ends the name: "Amkor Technology Vietnam" keeps the local unit, a trailing non-head is not the name's.
    let headAt = -1;
    for (let k = run.last; k > first; k--) {
      const key = ctx.tokens[k]!.key;
      if (SUFFIX_HEADS[key] && isWord(ctx, k)) {
        headAt = k;
        break;
      }
    }
    if (headAt < 0) return null;
    const words = (() => { let n = 0; for (let k = first; k <= headAt; k++) if (isWord(ctx, k)) n++; return n; })();
    const head = ctx.tokens[headAt]!.key;
    // "Energy", "Power" after one word make a company only after an acronym ("HDF Energy"), not after any word ("Clean Energy").
    if (WEAK_SUFFIXES.has(head) && words < 3 && !(words === 2 && isAcronymWord(ctx, first))) return null;
    kind = SUFFIX_HEADS[head]!;
    last = headAt;
    // "… Co., Ltd", "… Vietnam": a legal form or local unit right after the head stays in the name.
    while (last < run.last && (LEGAL.has(ctx.tokens[last + 1]!.key) || LOCAL_UNIT.has(ctx.tokens[last + 1]!.key) || !isWord(ctx, last + 1))) last++;
    if (ctx.tokens[last]?.key === '.' && last === run.last) { /* "Co." */ } else if (!isWord(ctx, last)) last--;
  }
  const name = textOf(ctx, first, last);
  // A known company with only a legal form after it is that company ("Nvidia Corporation").
  const known = ctx.gazAt.get(first);
  if (known && known.last < last && known.actor.kind === 'company') {
    let legalOnly = true;
    for (let k = known.last + 1; k <= last; k++) if (isWord(ctx, k) && !LEGAL.has(ctx.tokens[k]!.key)) legalOnly = false;
    if (legalOnly) return spanOf(ctx, first, last, known.actor, 'en-org-legal-form', 0.9);
  }
  if (known && known.first === first && known.last === last) return null;
  return spanOf(ctx, first, last, candidateFor(ctx, name, kind, null, [name]), 'en-org-head', 0.75);
}

/** "tech giant FPT", "chipmaker Amkor", "startup VinBrain": a brand right after a company noun. */
function brandAfterNoun(ctx: ScanContext, i: number, run: Run): ActorSpan | null {
  const prev = ctx.tokens[i - 1];
  if (!prev?.word || capAt(ctx, i - 1) || !COMPANY_NOUNS.has(prev.key) || !adjacent(ctx, i)) return null;
  return brandSpan(ctx, run, 'en-brand-after-noun');
}

function brandSpan(ctx: ScanContext, run: Run, rule: string): ActorSpan | null {
  let last = run.first;
  // At most three words, stopping at a known actor.
  while (last < run.last && last - run.first < 3 && !ctx.gazAt.has(last + 1) && titleEndAt(ctx, last + 1) < 0) last++;
  if (!isWord(ctx, last)) last--;
  if (ctx.gazAt.has(run.first) || NOT_NAME_START.has(ctx.tokens[run.first]!.key) || demonymAt(ctx, run.first)) return null;
  const name = textOf(ctx, run.first, last);
  return spanOf(ctx, run.first, last, candidateFor(ctx, name, 'company', null, [name]), rule, 0.7);
}

/** ", a US chipmaker", ", the Vietnamese startup": a company noun in an appositive right after the run. */
function brandBeforeNoun(ctx: ScanContext, run: Run): ActorSpan | null {
  let k = run.last + 1;
  if (possessiveAfter(ctx, run.last)) {
    const next = ctx.tokens[run.last + 3];
    return next && BRAND_AFTER.has(next.key) && !capAt(ctx, run.last + 3) ? brandSpan(ctx, run, 'en-brand-possessive') : null;
  }
  if (ctx.tokens[k]?.key !== ',') return null;
  k++;
  if (!['a', 'an', 'the'].includes(ctx.tokens[k]?.key ?? '')) return null;
  for (let n = 0; n < 6; n++) {
    const t = ctx.tokens[k + 1 + n];
    if (!t?.word) return null;
    if (COMPANY_NOUNS.has(t.key) && !capAt(ctx, k + 1 + n)) return brandSpan(ctx, run, 'en-brand-appositive');
    if (['of', 'in', 'that', 'which', 'who', 'and'].includes(t.key)) return null;
  }
  return null;
}

/** "Yen Phong district", "Thai Nguyen province": a place the gazetteer lacks, named before a place word. */
function placeBeforeWord(ctx: ScanContext, run: Run): ActorSpan | null {
  const next = ctx.tokens[run.last + 1];
  if (!next?.word || capAt(ctx, run.last + 1) || !PLACE_WORDS.has(next.key) || !adjacent(ctx, run.last + 1)) return null;
  if (run.last - run.first > 3 || ctx.gazAt.has(run.first) || !mayStartName(ctx, run.first)) return null;
  const name = textOf(ctx, run.first, run.last);
  const full = textOf(ctx, run.first, run.last + 1);
  return spanOf(ctx, run.first, run.last + 1, candidateFor(ctx, name, 'place', null, [name, full]), 'en-place-word', 0.7);
}

/** "(MPI)" after an organisation's run, as in "Ministry of … (MPI)": the acronym the article will use. */
export function acronymAfter(ctx: ScanContext, span: ActorSpan): ActorSpan | null {
  const k = span.last + 1;
  if (ctx.tokens[k]?.key !== '(' || ctx.tokens[k + 2]?.key !== ')' || !isAcronym(ctx, k + 1)) return null;
  const t = ctx.tokens[k + 1]!;
  return { first: k + 1, last: k + 1, start: t.start, end: t.end, actor: span.actor, rule: 'acronym-in-parentheses', confidence: 0.8 };
}

/** "Samsung Vietnam", "Hana Micron Vina": a known company's local unit is an actor of its own (GOLD rule 4). */
function localUnit(ctx: ScanContext, i: number): ActorSpan | null {
  const known = ctx.gazAt.get(i);
  if (!known || known.actor.kind !== 'company') return null;
  let k = known.last + 1;
  if (!adjacent(ctx, k) || !capAt(ctx, k)) return null;
  // "Sembcorp Solar Vietnam", "Intel Products Vietnam": up to two words of its line of business may come first.
  for (let n = 0; n < 2 && UNIT_LINES.has(ctx.tokens[k]!.key) && adjacent(ctx, k + 1) && capAt(ctx, k + 1); n++) k++;
  const key = ctx.tokens[k]!.key;
  if (key === 'viet' && ctx.tokens[k + 1]?.key === 'nam' && adjacent(ctx, k + 1)) k++;
  else if (!LOCAL_UNIT.has(key) || key === 'viet') return null;
  const name = textOf(ctx, i, k);
  return spanOf(ctx, i, k, candidateFor(ctx, name, 'company', 'vietnam', [name]), 'en-local-unit', 0.8);
}

/** Organisation, brand and place spans found from capitalised runs, left to right; they may overlap gazetteer spans. */
export function findEnglishOrganisations(ctx: ScanContext): ActorSpan[] {
  const out: ActorSpan[] = [];
  for (let i = 0; i < ctx.tokens.length; i++) {
    if (!capAt(ctx, i)) continue;
    const unit = localUnit(ctx, i);
    if (unit) {
      out.push(unit);
      i = unit.last;
      continue;
    }
    // "Director of HCL Corporation", "Vice Chairman of the HCMC People's Committee": the post is no part of the name after it.
    const title = titleEndAt(ctx, i);
    if (title >= 0 && (ctx.tokens[title + 1]?.key === 'of' || ctx.tokens[title + 1]?.key === 'at') && !ctx.gazAt.has(i)) {
      i = title + 1;
      continue;
    }
    const run = readRun(ctx, i);
    if (!run) continue;
    const span = orgOfRun(ctx, run) ?? brandAfterNoun(ctx, i, run) ?? (mayStartName(ctx, i) ? brandBeforeNoun(ctx, run) ?? placeBeforeWord(ctx, run) : null);
    if (span) {
      out.push(span);
      i = Math.max(i, span.last);
    } else {
      i = run.last;
    }
  }
  return out;
}
