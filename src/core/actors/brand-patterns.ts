/**
 * Latin-script brands as companies when the text says so: after a company cue in the same stretch
 * ("các công ty như Intel, Qualcomm"), or listed next to a known company ("Samsung Electronics, Lotte").
 */
import { slugify } from '../text/fold.ts';
import { adjacent, capAt, isAcronym, isLatinName, isWord, lowerAt, wordAt, type ScanContext } from './scan-context.ts';
import type { ActorSpan } from './types.ts';
import { QUANTIFIERS } from './vietnamese-words.ts';

const CUES = new Set(['công ty', 'tập đoàn', 'hãng', 'doanh nghiệp', 'nhà sản xuất', 'nhà đầu tư', 'startup', 'liên doanh', 'quỹ', 'đối tác']);
const MAX_WORDS = 5;
/** English words that make a run of Latin names a company's name ("Saigon Asset Management"). */
const ORG_WORDS = new Set([
  'capital', 'technology', 'technologies', 'holdings', 'holding', 'limited', 'ltd', 'inc', 'corp', 'corporation', 'group',
  'management', 'energy', 'solutions', 'systems', 'partners', 'ventures', 'electronics', 'semiconductor', 'semiconductors',
  'industries', 'industrial', 'bank', 'fund', 'labs', 'networks', 'investment', 'investments', 'logistics', 'materials',
  'precision', 'power', 'motors', 'pharma', 'securities', 'consulting', 'data', 'cloud', 'telecom', 'robotics',
]);
/** Legal forms written after "Công ty" ("Công ty TNHH …"): never a brand of their own. */
const LEGAL_FORMS = new Set(['TNHH', 'MTV', 'CP', 'TMCP', 'CTCP', 'JSC', 'LLC', 'PLC']);
/** Acronyms of economic terms that follow a company noun without naming a company ("doanh nghiệp FDI", "dự án ODA"). */
const NOT_BRANDS = new Set(['FDI', 'ODA', 'GDP', 'PPP', 'ESG', 'CNTT', 'KCN', 'KCX', 'KKT', 'BOT', 'EPC', 'OEM', 'ODM', 'SME', 'SMEs',
  'CEO', 'CFO', 'CTO', 'ICT', 'IoT', 'LNG', 'JETP', 'EV', 'AI', 'IT', 'HĐQT', 'UBND', 'MoU', 'MOU', 'NDA']);
/** Web-style suffixes that belong to a brand: "Haimaker.ai". */
const DOMAIN_SUFFIXES = new Set(['ai', 'io', 'vn', 'com', 'tech', 'net']);
const LINKS = new Set([',', 'và', 'như', 'gồm', 'là', 'cùng', '(', 'của', 'bao', ':']);
const LOOKBACK = 8;
/** What a company does right after its name: "LG dự kiến giải ngân", "Hyosung cam kết", "Posco, Lotte cũng chia sẻ". */
const BUSINESS_VERBS = new Set([
  'dự kiến', 'cam kết', 'đầu tư', 'giải ngân', 'rót vốn', 'ký kết', 'công bố', 'cho biết', 'khai trương', 'hợp tác',
  'chia sẻ', 'thông báo', 'muốn', 'mở', 'xây dựng', 'sản xuất', 'tuyển dụng', 'ra mắt', 'mua lại',
]);
const ADVERBS = new Set(['cũng', 'đã', 'vừa', 'còn', 'vẫn', 'hiện', 'sẽ', 'đang']);

/** The list of brands ending at `last` is followed by a business verb. */
function verbAfter(ctx: ScanContext, last: number): boolean {
  let k = last + 1;
  while (ADVERBS.has(lowerAt(ctx, k))) k++;
  const w = lowerAt(ctx, k);
  return BUSINESS_VERBS.has(w) || BUSINESS_VERBS.has(`${w} ${lowerAt(ctx, k + 1)}`);
}

/** End of the list of Latin names starting at i ("Posco, Samsung Electronics, LG Display, Lotte"). */
function listEnd(ctx: ScanContext, i: number, covered: Uint8Array): number {
  let last = i;
  for (let k = i + 1; k < ctx.tokens.length; k++) {
    const t = ctx.tokens[k]!;
    if (!t.word && t.key === ',') continue;
    if (t.word && lowerAt(ctx, k) === 'và') continue;
    // "Datamind.ai", "và liên doanh X": a web suffix, or a company cue before the next name.
    if (t.key === '.' && t.start === ctx.tokens[k - 1]!.end && DOMAIN_SUFFIXES.has(wordAt(ctx, k + 1))) {
      k++;
      last = k;
      continue;
    }
    const cue = CUES.has(`${lowerAt(ctx, k)} ${lowerAt(ctx, k + 1)}`) ? 2 : CUES.has(lowerAt(ctx, k)) ? 1 : 0;
    if (cue && lowerAt(ctx, k - 1) === 'và') {
      k += cue - 1;
      continue;
    }
    if (t.word && (isLatinName(ctx, k) || covered[k]) && capitalLatin(ctx, k)) {
      last = k;
      continue;
    }
    break;
  }
  return last;
}

function capitalLatin(ctx: ScanContext, k: number): boolean {
  return /^[A-Z][A-Za-z0-9]*$/.test(wordAt(ctx, k));
}

function cueBefore(ctx: ScanContext, i: number, known: Map<number, ActorSpan>, ends: Map<number, ActorSpan>): boolean {
  for (let k = i - 1, n = 0; k >= 0 && n < LOOKBACK; k--, n++) {
    const t = ctx.tokens[k]!;
    const endsHere = ends.get(k);
    if (endsHere) {
      // "NVIDIA AI Day": words run on from a company's name make an event's or product's name, not a second firm.
      if (endsHere.actor.kind === 'company') return !(k === i - 1 && adjacent(ctx, i));
      // "nhà đầu tư Trung Quốc X": a nationality between the cue and the name.
      if (endsHere.actor.kind === 'country') {
        k = endsHere.first;
        continue;
      }
      return false;
    }
    const w = lowerAt(ctx, k);
    const cueWords = CUES.has(`${lowerAt(ctx, k - 2)} ${lowerAt(ctx, k - 1)} ${w}`) ? 3 : CUES.has(`${lowerAt(ctx, k - 1)} ${w}`) ? 2 : CUES.has(w) ? 1 : 0;
    if (cueWords) {
      // "các công ty SaaS", "nhiều hãng Nhật": a class of firms, not a firm's name; "các công ty như Intel" still lists names.
      const before = ctx.tokens[k - cueWords];
      return !(n === 0 && before?.word && QUANTIFIERS.has(before.key));
    }
    if (!t.word && !LINKS.has(t.key)) return false;
    if (t.word && !LINKS.has(w) && !isLatinName(ctx, k) && !known.has(k)) return false;
  }
  return false;
}

/** A country or place spelt in ASCII at token k ("Vietnam", "Saigon"): may sit inside a brand's name; its last token, or -1. */
function englishVietnamEnd(ctx: ScanContext, known: Map<number, ActorSpan>, k: number): number {
  const s = known.get(k);
  if (!s || (s.actor.kind !== 'country' && s.actor.kind !== 'place')) return -1;
  return /^[A-Z][A-Za-z]+$/.test(ctx.text.slice(s.start, s.end)) ? s.last : -1;
}

/** "Gen" in "Vietnam Data Gen": a capitalised ASCII word continuing a brand, unless a Vietnamese name follows. */
function asciiInsideRun(ctx: ScanContext, k: number): boolean {
  if (!/^[A-Z][a-z]{1,9}$/.test(wordAt(ctx, k))) return false;
  return !(capAt(ctx, k + 1) && adjacent(ctx, k + 1) && !/^[A-Za-z0-9]+$/.test(wordAt(ctx, k + 1)));
}

/** "G42 - tập đoàn công nghệ có trụ sở tại Abu Dhabi", "LandingAI - công ty trong lĩnh vực …": a company noun in an appositive after the name. */
function cueAfter(ctx: ScanContext, last: number): boolean {
  const sep = ctx.tokens[last + 1];
  if (!sep || (sep.key !== ',' && !(sep.key === '-' && sep.start > ctx.tokens[last]!.end))) return false;
  const k = last + 2;
  const w = lowerAt(ctx, k);
  return CUES.has(`${w} ${lowerAt(ctx, k + 1)}`) || (CUES.has(w) && w !== 'quỹ' && w !== 'đối tác');
}

/** English company words that close a Vietnamese company's name: "Việt Thái Group", "Sơn Hà Holdings". */
const VI_NAME_SUFFIXES = new Set(['group', 'holdings', 'corporation', 'corp', 'jsc']);

/** "Việt Thái Group": capitalised Vietnamese words no span covers, closed by an English company word. */
function vietnameseWithSuffix(ctx: ScanContext, i: number, covered: Uint8Array): number {
  if (covered[i] || !capAt(ctx, i) || isLatinName(ctx, i) || (i > 0 && capAt(ctx, i - 1) && adjacent(ctx, i))) return -1;
  for (let k = i + 1; k <= i + 3; k++) {
    if (covered[k] || !capAt(ctx, k) || !adjacent(ctx, k)) return -1;
    if (VI_NAME_SUFFIXES.has(lowerAt(ctx, k)) && /^[A-Z]/.test(wordAt(ctx, k))) return k;
    if (isLatinName(ctx, k)) return -1;
  }
  return -1;
}

/** Brand spans on tokens no other span covers, except an English "Vietnam" the name takes in. */
export function findBrands(ctx: ScanContext, known: Map<number, ActorSpan>, covered: Uint8Array): ActorSpan[] {
  const ends = new Map<number, ActorSpan>();
  for (const s of known.values()) ends.set(s.last, s);
  const spans: ActorSpan[] = [];
  for (let i = 0; i < ctx.tokens.length; i++) {
    // "Vietnam Data Gen": the country's English spelling may open a brand's name.
    const opener = englishVietnamEnd(ctx, known, i);
    const start = opener >= 0 && !covered[opener + 1] && isLatinName(ctx, opener + 1) && adjacent(ctx, opener + 1);
    const suffixed = start ? -1 : vietnameseWithSuffix(ctx, i, covered);
    if (suffixed >= 0) {
      const name = ctx.text.slice(ctx.tokens[i]!.start, ctx.tokens[suffixed]!.end);
      spans.push({ first: i, last: suffixed, start: ctx.tokens[i]!.start, end: ctx.tokens[suffixed]!.end,
        actor: { id: slugify(name), name, kind: 'company', country: null, source: 'pattern', aliases: [name], partOf: null }, rule: 'vietnamese-name-company-suffix', confidence: 0.6 });
      i = suffixed;
      continue;
    }
    if (!start && (covered[i] || !isWord(ctx, i) || !isLatinName(ctx, i))) continue;
    let last = start ? opener + 1 : i;
    for (;;) {
      if (last - i >= MAX_WORDS - 1 || !adjacent(ctx, last + 1)) break;
      const vn = englishVietnamEnd(ctx, known, last + 1);
      if (vn >= 0) last = vn;
      else if (!covered[last + 1] && (isLatinName(ctx, last + 1) || asciiInsideRun(ctx, last + 1))) last++;
      else break;
    }
    const dot = ctx.tokens[last + 1];
    if (dot?.key === '.' && dot.start === ctx.tokens[last]!.end && DOMAIN_SUFFIXES.has(wordAt(ctx, last + 2))
      && ctx.tokens[last + 2]!.start === dot.end) last += 2;
    const name = ctx.text.slice(ctx.tokens[i]!.start, ctx.tokens[last]!.end);
    // Short all-capital words are mostly acronyms of programmes and bodies (FDI, NGKT): they need a company cue.
    const acronym = /^[A-Z0-9&\s]+$/.test(name);
    if ((acronym && name.length < 3) || LEGAL_FORMS.has(name) || NOT_BRANDS.has(name)) continue;
    const cued = cueBefore(ctx, i, known, ends) || cueAfter(ctx, last);
    let orgWord = false;
    for (let k = i + 1; k <= last && !orgWord; k++) orgWord = ORG_WORDS.has(lowerAt(ctx, k));
    if (!cued && !orgWord && (acronym || !verbAfter(ctx, listEnd(ctx, last, covered)))) {
      i = last;
      continue;
    }
    const span: ActorSpan = {
      first: i, last, start: ctx.tokens[i]!.start, end: ctx.tokens[last]!.end,
      actor: { id: slugify(name), name, kind: 'company', country: null, source: 'pattern', aliases: [name], partOf: null },
      rule: cued ? 'brand-after-company-cue' : orgWord ? 'brand-with-org-word' : 'brand-before-business-verb', confidence: cued ? 0.6 : 0.55,
    };
    spans.push(span);
    ends.set(last, span);
    i = last;
    // "Saigon Asset Management (SAM)": the acronym is the same company.
    if (ctx.tokens[last + 1]?.key === '(' && ctx.tokens[last + 3]?.key === ')' && isAcronym(ctx, last + 2) && !covered[last + 2]) {
      const t = ctx.tokens[last + 2]!;
      spans.push({ first: last + 2, last: last + 2, start: t.start, end: t.end, actor: span.actor, rule: 'acronym-in-parentheses', confidence: 0.6 });
      i = last + 3;
    }
  }
  return spans;
}
