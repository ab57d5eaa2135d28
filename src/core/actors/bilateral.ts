/**
 * Bilateral references that name two countries at once: "Việt - Hàn", "Việt-Mỹ" (short forms), and
 * "hai nước" / "hai bên" / "hai phía" (the article's two main countries). Each yields two mentions
 * over the same words, one per country, so the relation rules see a pair.
 */
import type { CompiledGazetteer } from './gazetteer-matcher.ts';
import { keyOf } from './gazetteer-matcher.ts';
import type { Token } from './tokenize.ts';
import type { ActorCandidate, ActorSpan } from './types.ts';

/** Short country forms used in compounds, mapped to a name the gazetteer knows. */
const SHORT: Record<string, string> = {
  'việt': 'Việt Nam', 'hàn': 'Hàn Quốc', 'mỹ': 'Mỹ', 'nhật': 'Nhật Bản', 'trung': 'Trung Quốc', 'lào': 'Lào',
  'pháp': 'Pháp', 'đức': 'Đức', 'nga': 'Nga', 'úc': 'Úc', 'anh': 'Anh', 'ấn': 'Ấn Độ', 'thái': 'Thái Lan',
  'singapore': 'Singapore', 'cuba': 'Cuba', 'campuchia': 'Campuchia', 'indonesia': 'Indonesia', 'italy': 'Italy',
};
const TWO_WORDS = new Set(['nước', 'bên', 'phía']);

function lowerAt(text: string, t: Token | undefined): string {
  return t ? text.slice(t.start, t.end).normalize('NFC').toLowerCase() : '';
}

/** The two most-mentioned countries, when each is named at least twice. */
function mainPair(mentions: readonly ActorSpan[]): [ActorCandidate, ActorCandidate] | null {
  const counts = new Map<string, { actor: ActorCandidate; n: number }>();
  for (const m of mentions) {
    if (m.actor.kind !== 'country') continue;
    const c = counts.get(m.actor.id) ?? { actor: m.actor, n: 0 };
    c.n++;
    counts.set(m.actor.id, c);
  }
  const top = [...counts.values()].sort((a, b) => b.n - a.n || a.actor.id.localeCompare(b.actor.id));
  return top.length >= 2 && top[1]!.n >= 2 ? [top[0]!.actor, top[1]!.actor] : null;
}

/** Bilateral pairs over the tokens: "Việt - Hàn" (short forms around a dash) and "hai nước". */
export function findBilateral(
  text: string, tokens: readonly Token[], covered: Uint8Array, mentions: readonly ActorSpan[], gaz: CompiledGazetteer,
): ActorSpan[] {
  const out: ActorSpan[] = [];
  let pair: [ActorCandidate, ActorCandidate] | null | undefined;
  // A country already found inside a short form ("Việt-Mỹ" → "Mỹ") gives way to the pair.
  const countryAt = new Uint8Array(tokens.length + 1);
  for (const m of mentions) if (m.actor.kind === 'country') for (let k = m.first; k <= m.last; k++) countryAt[k] = 1;
  const push = (first: number, last: number, a: ActorCandidate | undefined, b: ActorCandidate | undefined, rule: string) => {
    if (!a || !b || a.id === b.id) return;
    for (let k = first; k <= last; k++) if (covered[k] && !(rule === 'bilateral-short-form' && countryAt[k])) return;
    const start = tokens[first]!.start;
    const end = tokens[last]!.end;
    out.push({ first, last, start, end, actor: a, rule, confidence: 0.6 }, { first, last, start, end, actor: b, rule, confidence: 0.6 });
  };
  for (let i = 1; i + 1 < tokens.length; i++) {
    const t = tokens[i]!;
    if (!t.word && (t.key === '-' || t.key === '–')) {
      const a = SHORT[lowerAt(text, tokens[i - 1])];
      const b = SHORT[lowerAt(text, tokens[i + 1])];
      if (a && b && tokens[i - 1]!.word && tokens[i + 1]!.word) {
        push(i - 1, i + 1, gaz.byKey.get(keyOf(a)), gaz.byKey.get(keyOf(b)), 'bilateral-short-form');
      }
    } else if (t.key === 'hai' && (TWO_WORDS.has(lowerAt(text, tokens[i + 1])) || `${lowerAt(text, tokens[i + 1])} ${lowerAt(text, tokens[i + 2])}` === 'quốc gia')) {
      pair ??= mainPair(mentions);
      if (!pair) continue;
      const last = lowerAt(text, tokens[i + 1]) === 'quốc' ? i + 2 : i + 1;
      push(i, last, pair[0], pair[1], 'two-countries');
    }
  }
  return out;
}
