/**
 * What the clause-level rules see of one sentence: its clauses, the actor mentions inside it, and
 * helpers to find a clause's subject (the actor before a trigger verb) and objects (after it).
 */
import type { ActorSpan } from '../actors/types.ts';
import { classTable, MARK, SPACE, WORD, type Token } from '../actors/tokenize.ts';
import { internWord, tokenWordIds } from '../actors/word-ids.ts';
import { foldText, lowerText } from '../text/fold.ts';
import type { Span } from '../text/segment.ts';

export interface SentenceView {
  sentence: Span;
  clauses: Span[];
  /** Mentions inside the sentence, by position. */
  mentions: ActorSpan[];
  /** The article's `lowerText`: same offsets, diacritics kept. */
  lowered: string;
  /** Person id → id of the organisation the person speaks for (first role). */
  roleOrg: ReadonlyMap<string, string>;
  /** Person id → the organisation (not a country) they hold a role in. */
  roleBody?: ReadonlyMap<string, string>;
  /** Trigger-word hits over the whole body, computed once per regex. */
  index: HitIndex;
  /** findIn's memory: per phrase set id, its hits inside the sentence (start with `[]`). */
  sentenceHits?: Array<Hit[] | undefined>;
}

/** How many phrase sets exist; their ids are 0 … setCount - 1. */
let setCount = 0;

/**
 * A set of Vietnamese trigger phrases. All sets share one word trie, so an article's tokens are
 * walked once for every set at the same time instead of one regex pass per set.
 */
export class PhraseSet {
  readonly id = setCount++;
  /** Length of the longest phrase. */
  readonly longest: number;
  private re: RegExp | undefined;
  constructor(readonly phrases: readonly string[]) {
    this.longest = Math.max(0, ...phrases.map((p) => p.length));
    for (const phrase of phrases) addToTrie(lowerText(phrase.normalize('NFC')).split(/\s+/u), this.id);
  }

  /** Whether `s` (lower-cased text) contains one of the phrases as whole words. */
  test(s: string): boolean {
    this.re ??= new RegExp(`(?<![\\p{L}\\p{M}\\d])(?:${[...this.phrases].sort((a, b) => b.length - a.length).map(escape).join('|')})(?![\\p{L}\\p{M}\\d])`, 'u');
    return this.re.test(s);
  }
}

function escape(phrase: string): string {
  return phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
}

interface WordNode {
  /** Children by their lower-cased word. */
  next: Map<string, WordNode>;
  /**
   * The same children by the id of their folded word (the token's word id), so a walk reads a
   * token's id and compares a few characters instead of slicing and hashing its word. A token whose
   * lower-cased word equals a child's has that child's folded id: lowering then folding a character
   * folds it the same way, and phrase words (NFC) carry no combining marks, which tokens' keys drop.
   */
  byFold: Map<number, WordEdge[]>;
  sets: number[];
}

interface WordEdge {
  word: string;
  node: WordNode;
}

const ROOT: WordNode = { next: new Map(), byFold: new Map(), sets: [] };
/** The root's children by folded word id, without holes: read for every token. */
const FIRST: Array<WordEdge[] | undefined> = [];

function addToTrie(words: readonly string[], set: number): void {
  let node = ROOT;
  for (const w of words) {
    let child = node.next.get(w);
    if (!child) {
      if (/\p{M}/u.test(w)) throw new Error(`trigger phrase word with a combining mark: ${w}`);
      child = { next: new Map(), byFold: new Map(), sets: [] };
      node.next.set(w, child);
      const id = internWord(foldText(w));
      const edge = { word: w, node: child };
      if (node === ROOT) {
        while (FIRST.length <= id) FIRST.push(undefined);
        (FIRST[id] ??= []).push(edge);
      } else {
        const edges = node.byFold.get(id);
        if (edges) edges.push(edge);
        else node.byFold.set(id, [edge]);
      }
    }
    node = child;
  }
  if (!node.sets.includes(set)) node.sets.push(set);
}

/** The edge among `edges` whose word is the text of token `t` in `lowered`. */
function edgeAt(edges: readonly WordEdge[] | undefined, lowered: string, t: Token): WordEdge | undefined {
  if (!edges) return undefined;
  const length = t.end - t.start;
  next: for (const e of edges) {
    const w = e.word;
    if (w.length !== length) continue;
    for (let k = 0; k < length; k++) if (w.charCodeAt(k) !== lowered.charCodeAt(t.start + k)) continue next;
    return e;
  }
  return undefined;
}

/**
 * Every phrase of every set in the article's body, found in one walk over the word tokens; per set,
 * the longest phrase at a position wins and hits do not overlap (as a regex scan would give).
 */
export class HitIndex {
  private readonly bySet: Array<Hit[] | undefined> = [];
  constructor(readonly lowered: string, tokens: readonly Token[]) {
    // Per set id (small integers): where its next hit may start, and the last token of the longest
    // phrase found at the current position (-1: none). Arrays, not Maps: this runs per candidate token.
    const freeFrom = new Int32Array(setCount);
    const found = new Int32Array(setCount).fill(-1);
    // Sets with a phrase at the current position, and the words of the path walked from it (a hit's
    // text is its first words, space-separated); reused with counts, as resetting an array's length is slow.
    const touched: number[] = [];
    let touchedCount = 0;
    const path: string[] = [];
    let pathLength = 0;
    const ids = tokenWordIds(tokens);
    for (let i = 0; i < tokens.length; i++) {
      const id = ids[i]!;
      if (id < 0 || id >= FIRST.length) continue;
      const t = tokens[i]!;
      let edge = edgeAt(FIRST[id], lowered, t);
      for (let j = i; edge; ) {
        const node = edge.node;
        path[pathLength++] = edge.word;
        for (const set of node.sets) {
          if (found[set]! < 0) touched[touchedCount++] = set;
          found[set] = j;
        }
        j++;
        // Phrases run over words separated by spaces only.
        const next = tokens[j];
        if (!next?.word) break;
        const nextId = ids[j]!;
        edge = nextId < 0 ? undefined : edgeAt(node.byFold.get(nextId), lowered, next);
      }
      // Sets ending their phrase on the same token share its text.
      let textLast = -1;
      let text = '';
      for (let n = 0; n < touchedCount; n++) {
        const set = touched[n]!;
        const last = found[set]!;
        found[set] = -1;
        if (freeFrom[set]! > i) continue;
        freeFrom[set] = last + 1;
        const hits = (this.bySet[set] ??= []);
        if (last !== textLast) {
          text = path[0]!;
          for (let k = 1; k <= last - i; k++) text += ` ${path[k]!}`;
          textLast = last;
        }
        hits.push({ start: t.start, end: tokens[last]!.end, text });
      }
      touchedCount = 0;
      pathLength = 0;
    }
  }

  hits(set: PhraseSet): readonly Hit[] {
    return this.bySet[set.id] ?? NO_HITS;
  }
}

const NO_HITS: readonly Hit[] = [];

/** Items (sorted by start) lying inside `range`, found by binary search. */
const HOMED = new Set(['company', 'organization', 'government', 'university']);

/**
 * "Samsung Hàn Quốc đầu tư …", "Tập đoàn Yaskawa (Nhật Bản) đầu tư …", "Meiko của Nhật Bản sẽ đầu tư …": a country written right after
 * a body names its home (the structure rules read that); it is not a party of the sentence's events
 * and pledges, so it is left out of the mentions they read.
 */
export function withoutHomeCountries(mentions: readonly ActorSpan[], text: string): ActorSpan[] {
  return mentions.filter((m, i) => {
    const prev = mentions[i - 1];
    if (!prev || m.actor.kind !== 'country' || !HOMED.has(prev.actor.kind)) return true;
    const gap = text.slice(prev.end, m.start);
    return !(/^ $/u.test(gap) || /^ của $/u.test(gap) || (/^\s*\(\s*$/u.test(gap) && text[m.end] === ')'));
  });
}

export function within<T extends { start: number; end: number }>(sorted: readonly T[], range: { start: number; end: number }): T[] {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]!.start < range.start) lo = mid + 1;
    else hi = mid;
  }
  let out: T[] | undefined;
  for (let i = lo; i < sorted.length && sorted[i]!.start < range.end; i++) if (sorted[i]!.end <= range.end) (out ??= []).push(sorted[i]!);
  // Most ranges hold nothing: they share one empty array (frozen, so no caller can fill it).
  return out ?? NONE;
}

const NONE = Object.freeze([]) as unknown as never[];

/** Gap between two actors of one list: "A, B", "A và B", "A - B", or the same words (a pair); an item may bring its business noun ("A, B và liên doanh C"). */
const LIST_GAP = /^\s*(?:(?:,\s*(?:và\s+)?|và\s+|cùng\s+)(?:(?:liên doanh|tập đoàn|công ty|hãng|doanh nghiệp|tổ chức)\s+)?|[-–]\s*)$|^$/u;

/** People list with people, places with places, bodies with bodies ("Tại Hà Nội, Phó Thủ tướng …" is no list). */
function sortOf(kind: string): string {
  if (kind === 'person') return 'person';
  return kind === 'place' || kind === 'country' ? 'place' : 'body';
}

export function listed(view: SentenceView, a: ActorSpan, b: ActorSpan): boolean {
  if (b.start === a.start && b.end === a.end) return true;
  if (sortOf(a.actor.kind) !== sortOf(b.actor.kind)) return false;
  return listGap(view, a, b);
}

/** Every unordered pair of the different actors `list` names, each at its first mention. */
export function pairsOf(list: readonly ActorSpan[]): Array<[ActorSpan, ActorSpan]> {
  const firsts = list.filter((m, i) => list.findIndex((x) => x.actor.id === m.actor.id) === i);
  const out: Array<[ActorSpan, ActorSpan]> = [];
  for (let i = 0; i < firsts.length; i++) for (let j = i + 1; j < firsts.length; j++) out.push([firsts[i]!, firsts[j]!]);
  return out;
}

/** Only a list separator stands between `a` and `b` (whatever their kinds). */
export function listGap(view: SentenceView, a: { end: number }, b: { start: number }): boolean {
  // "A (Hàn Quốc) và B": an item's bracketed home stays with it.
  return b.start >= a.end && LIST_GAP.test(view.lowered.slice(a.end, b.start).replace(/^\s*\([^()]{1,40}\)/u, ''));
}

/** Words that put the actor after them in a complement, not the subject: "tại Việt Nam", "với ARM". */
const PREPOSITIONS = new Set(['tại', 'ở', 'vào', 'với', 'cho', 'của', 'từ', 'đến', 'tới', 'sang', 'trong', 'về', 'giữa', 'thăm', 'gặp', 'tiếp', 'gửi']);

const QUOTES = new Set([0x22, 0x201c]);

/** The lower-case word just before `offset` (skipping spaces and an opening quote), or ''. */
export function wordBefore(lowered: string, offset: number): string {
  const table = classTable();
  let i = offset;
  while (i > 0 && (table[lowered.charCodeAt(i - 1)] === SPACE || QUOTES.has(lowered.charCodeAt(i - 1)))) i--;
  const end = i;
  while (i > 0) {
    const c = lowered.charCodeAt(i - 1);
    const cls = table[c];
    if (cls === MARK || (cls === WORD && !(c >= 0x30 && c <= 0x39))) i--;
    else break;
  }
  return lowered.slice(i, end);
}

export function inRange(m: { start: number; end: number }, r: { start: number; end: number }): boolean {
  return m.start >= r.start && m.end <= r.end;
}

const COMPLEMENT = new Set(['tại', 'ở', 'vào', 'với', 'cho', 'của', 'từ', 'đến', 'tới', 'sang', 'giữa', 'cùng']);
const COMPLEMENT_MAX = Math.max(...[...COMPLEMENT].map((w) => w.length));
/** Words before a "tới" that make it "coming" (a time), not "to": "thời gian tới", "sắp tới", "năm tới". */
const TIME_BEFORE_TOI = /(?:^|\s)(?:gian|sắp|năm|tháng|tuần|quý|kỳ)\s+tới\s*$/u;

/** Whether `word`, ending near `offset`, is the "tới" of a time phrase ("trong thời gian tới Tập đoàn X …"). */
function comingTime(lowered: string, word: string, offset: number): boolean {
  return word === 'tới' && TIME_BEFORE_TOI.test(lowered.slice(Math.max(0, offset - 20), offset));
}

/**
 * Whether one of the last four words of `lowered` in [from, to) — counted after the last , ; : ( or )
 * there — opens a complement. Words are runs between whitespace, as `split(/\s+/u)` gives them.
 */
function complementWordBefore(lowered: string, from: number, to: number): boolean {
  let start = from;
  for (let i = to - 1; i >= from; i--) {
    const c = lowered.charCodeAt(i);
    if (c === 0x2c || c === 0x3b || c === 0x3a || c === 0x28 || c === 0x29) {
      start = i + 1;
      break;
    }
  }
  const table = classTable();
  let end = to;
  let after = '';
  for (let n = 0; n < 4; n++) {
    while (end > start && table[lowered.charCodeAt(end - 1)] === SPACE) end--;
    if (end <= start) return false;
    let i = end;
    while (i > start && table[lowered.charCodeAt(i - 1)] !== SPACE) i--;
    const word = end - i <= COMPLEMENT_MAX ? lowered.slice(i, end) : '';
    // "X cho biết Nvidia …": a verb of saying, not "cho" governing what follows; "trong thời gian
    // tới, Y …": "tới" closing a time phrase ("sắp tới", "năm tới") governs nothing.
    if (COMPLEMENT.has(word) && !(word === 'cho' && after === 'biết') && !comingTime(lowered, word, i + word.length)) return true;
    after = word;
    end = i;
  }
  return false;
}

/**
 * Whether a mention sits in a complement rather than being a subject: right after a preposition
 * ("tại Việt Nam"), or in a list or phrase opened by one a few words back ("với ba quốc gia Hoa Kỳ,
 * Nhật Bản và Hàn Quốc", "các tập đoàn hàng đầu của Mỹ").
 */
export function inComplement(view: SentenceView, m: ActorSpan): boolean {
  // The rules ask this of the same mentions again and again while they read one sentence.
  const mentions = view.mentions;
  if (view !== complementView || mentions !== complementMentions) {
    complementView = view;
    complementMentions = mentions;
    if (complements.length < mentions.length) complements = new Uint8Array(mentions.length * 2);
    complements.fill(UNKNOWN, 0, mentions.length);
  }
  // Remembered by the mention's place in the sentence (a mention from elsewhere is read each time).
  const i = mentions.indexOf(m);
  if (i < 0) return readComplement(view, m);
  if (complements[i] === UNKNOWN) complements[i] = readComplement(view, m) ? YES : NO;
  return complements[i] === YES;
}

const UNKNOWN = 0;
const NO = 1;
const YES = 2;
let complementView: SentenceView | undefined;
let complementMentions: readonly ActorSpan[] | undefined;
let complements = new Uint8Array(64);

const GEO_KINDS = new Set(['place', 'country', 'facility']);
/** After a list item: more of the list follows. */
const LIST_GOES_ON = /^\s*(?:,|và\s|cùng\s|-|–)/u;

function readComplement(view: SentenceView, m: ActorSpan): boolean {
  const before = wordBefore(view.lowered, m.start);
  if ((PREPOSITIONS.has(before) && !comingTime(view.lowered, before, m.start)) || view.lowered[m.start - 1] === '(') return true;
  // "tại Khu công nghiệp Yên Phong, huyện Yên Phong, tỉnh Bắc Ninh": each place of the chain is where.
  if (GEO_KINDS.has(m.actor.kind) && /,\s*(?:(?:tỉnh|huyện|quận|thành phố|tp\.?|thị xã|xã|phường)\s+)?$/u.test(view.lowered.slice(Math.max(0, m.start - 14), m.start))) {
    const prev = view.mentions[view.mentions.indexOf(m) - 1];
    if (prev && GEO_KINDS.has(prev.actor.kind) && m.start - prev.end < 40 && inComplement(view, prev)) return true;
  }
  let head = m;
  // "Tại trụ sở Bộ X, Cục Y đã ký …": two names joined by a bare comma, the second not followed by
  // more of a list, are a fronted phrase and the subject, not a list ("với A, B và C" has its "và").
  const bare = !LIST_GOES_ON.test(view.lowered.slice(m.end, m.end + 6));
  for (let i = view.mentions.indexOf(m) - 1; i >= 0; i--) {
    const prev = view.mentions[i]!;
    if (prev.end > head.start || !listed(view, prev, head)) break;
    if (head === m && bare && /^\s*,\s*$/u.test(view.lowered.slice(prev.end, m.start))) break;
    head = prev;
  }
  if (head !== m && PREPOSITIONS.has(wordBefore(view.lowered, head.start))) return true;
  return complementWordBefore(view.lowered, Math.max(view.sentence.start, head.start - 30), head.start);
}

/** The nearest actor before `offset` inside `range` that is not in a prepositional complement. */
export function subjectBefore(view: SentenceView, range: { start: number; end: number }, offset: number, skip?: (m: ActorSpan) => boolean): ActorSpan | undefined {
  for (let i = view.mentions.length - 1; i >= 0; i--) {
    const m = view.mentions[i]!;
    if (m.end > offset || m.start < range.start) continue;
    if (skip?.(m)) continue;
    if (inComplement(view, m)) continue;
    return m;
  }
  return undefined;
}

/** The subject before `offset` and the actors listed with it ("Posco, Samsung Electronics, Lotte"). */
export function subjectsBefore(view: SentenceView, range: { start: number; end: number }, offset: number, skip?: (m: ActorSpan) => boolean): ActorSpan[] {
  const last = subjectBefore(view, range, offset, skip);
  if (!last) return [];
  const out = [last];
  let i = view.mentions.indexOf(last);
  for (let j = i + 1; j < view.mentions.length; j++) {
    const m = view.mentions[j]!;
    if (m.start === last.start && m.end === last.end) out.push(m);
  }
  while (i > 0) {
    const prev = view.mentions[i - 1]!;
    // "Đại học A (Nhật Bản) và Đại học B": the item's bracketed home stands outside the list.
    const before = view.mentions[i - 2];
    if (before && bracketedAfter(view, before, prev) && before.start >= range.start && listedPast(view, before, prev, out[0]!)) {
      out.unshift(before);
      i -= 2;
      continue;
    }
    if (prev.start < range.start || !listed(view, prev, out[0]!) || inComplement(view, prev)) break;
    out.unshift(prev);
    i--;
  }
  return out;
}

/** `inner` is a bracket of its own right after `item`: "A (Nhật Bản)". */
function bracketedAfter(view: SentenceView, item: ActorSpan, inner: ActorSpan): boolean {
  return /^\s*\($/u.test(view.lowered.slice(item.end, inner.start)) && view.lowered[inner.end] === ')';
}

/** `a` and `b` listed, with the bracket `inner` after `a` read past. */
function listedPast(view: SentenceView, a: ActorSpan, inner: ActorSpan, b: ActorSpan): boolean {
  return sortOf(a.actor.kind) === sortOf(b.actor.kind) && listGap(view, { end: inner.end + 1 }, b);
}

/** A person stands for the organisation they hold a role in, for institutional relations. */
export function institutional(view: SentenceView, id: string): string {
  return view.roleOrg.get(id) ?? id;
}

/**
 * The first actor after `offset` in `range`, plus the ones listed with it ("Hoa Kỳ, Nhật Bản và
 * Hàn Quốc"). Mentions right after "tại"/"ở" are places of the event, not objects, unless `places`.
 */
export function objectsAfter(view: SentenceView, range: { start: number; end: number }, offset: number, places = false): ActorSpan[] {
  const out: ActorSpan[] = [];
  for (const m of view.mentions) {
    if (m.start < offset || m.end > range.end) continue;
    const prev = out[out.length - 1];
    if (prev) {
      if (!listed(view, prev, m)) break;
      out.push(m);
      continue;
    }
    const before = wordBefore(view.lowered, m.start);
    if (!places && (before === 'tại' || before === 'ở')) continue;
    out.push(m);
  }
  return out;
}

/** A phrase set for whole Vietnamese words in lower-cased text. */
export function phraseRegex(phrases: readonly string[]): PhraseSet {
  return new PhraseSet(phrases);
}

export interface Hit {
  start: number;
  end: number;
  text: string;
}

/** Phrases of `set` inside `range` of the article, with article offsets. */
export function findIn(set: PhraseSet, view: { index: HitIndex; sentence?: Span; sentenceHits?: Array<Hit[] | undefined> }, range: { start: number; end: number }): Hit[] {
  const sentence = view.sentence;
  if (!sentence || range.start < sentence.start || range.end > sentence.end) return within(view.index.hits(set), range);
  // Rules ask about the same sentence many times (each clause, each rule): its hits are searched
  // for among the article's once per set, then only among themselves.
  const cache = (view.sentenceHits ??= []);
  let inSentence = cache[set.id];
  if (!inSentence) cache[set.id] = inSentence = within(view.index.hits(set), sentence);
  return inSentence.length === 0 ? NONE : within(inSentence, range);
}

/** True when `s` (a short gap between two names) is exactly one of the phrases. */
export function matchesWhole(set: PhraseSet, s: string): boolean {
  // Whitespace only shrinks when collapsed: more other characters than the longest phrase has cannot match.
  if (nonSpaceCount(s, 0, s.length) > set.longest) return false;
  return set.phrases.includes(s.replace(/\s+/gu, ' ').trim());
}

/** Characters of `s` in [from, to) that are not whitespace (`\s`). */
export function nonSpaceCount(s: string, from: number, to: number): number {
  const table = classTable();
  let n = 0;
  for (let i = from; i < to; i++) if (table[s.charCodeAt(i)] !== SPACE) n++;
  return n;
}
