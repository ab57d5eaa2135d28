/**
 * Latin-script brands as companies when the text says so: after a company cue in the same stretch
 * ("các công ty như Intel, Qualcomm"), or listed next to a known company ("Samsung Electronics, Lotte").
 */
import { slugify } from '../text/fold.ts';
import { adjacent, isLatinName, isWord, lowerAt, wordAt, type ScanContext } from './scan-context.ts';
import type { ActorSpan } from './types.ts';

const CUES = new Set(['công ty', 'tập đoàn', 'hãng', 'doanh nghiệp', 'nhà sản xuất', 'nhà đầu tư', 'startup']);
const LINKS = new Set([',', 'và', 'như', 'gồm', 'là', 'cùng', '(', 'của', 'bao']);
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
      if (endsHere.actor.kind === 'company') return true;
      return false;
    }
    const w = lowerAt(ctx, k);
    if (CUES.has(`${lowerAt(ctx, k - 1)} ${w}`) || CUES.has(w)) return true;
    if (!t.word && !LINKS.has(t.key)) return false;
    if (t.word && !LINKS.has(w) && !isLatinName(ctx, k) && !known.has(k)) return false;
  }
  return false;
}

/** Brand spans on tokens no other span covers. */
export function findBrands(ctx: ScanContext, known: Map<number, ActorSpan>, covered: Uint8Array): ActorSpan[] {
  const ends = new Map<number, ActorSpan>();
  for (const s of known.values()) ends.set(s.last, s);
  const spans: ActorSpan[] = [];
  for (let i = 0; i < ctx.tokens.length; i++) {
    if (covered[i] || !isWord(ctx, i) || !isLatinName(ctx, i)) continue;
    let last = i;
    while (last - i < 2 && !covered[last + 1] && isLatinName(ctx, last + 1) && adjacent(ctx, last + 1)) last++;
    const name = ctx.text.slice(ctx.tokens[i]!.start, ctx.tokens[last]!.end);
    // Short all-capital words are mostly acronyms of programmes and bodies (FDI, NGKT): they need a company cue.
    const acronym = /^[A-Z0-9&\s]+$/.test(name);
    if (acronym && name.length < 3) continue;
    const cued = cueBefore(ctx, i, known, ends);
    if (!cued && (acronym || !verbAfter(ctx, listEnd(ctx, last, covered)))) {
      i = last;
      continue;
    }
    const span: ActorSpan = {
      first: i, last, start: ctx.tokens[i]!.start, end: ctx.tokens[last]!.end,
      actor: { id: slugify(name), name, kind: 'company', country: null, source: 'pattern', aliases: [name], partOf: null },
      rule: cued ? 'brand-after-company-cue' : 'brand-before-business-verb', confidence: cued ? 0.6 : 0.55,
    };
    spans.push(span);
    ends.set(last, span);
    i = last;
  }
  return spans;
}
