/**
 * Bilateral references that name two countries at once: "Việt - Hàn", "Việt-Mỹ" (short forms), and
 * "hai nước" / "hai bên" / "hai phía" (the article's two main countries). Each yields two mentions
 * over the same words, one per country, so the relation rules see a pair.
 */
import type { CompiledGazetteer } from './gazetteer-matcher.ts';
import { keyOf } from './gazetteer-matcher.ts';
import { tokenIndexAt, type Token } from './tokenize.ts';
import type { ActorCandidate, ActorSpan } from './types.ts';

/** Short country forms used in compounds, mapped to a name the gazetteer knows. */
const SHORT: Record<string, string> = {
  'việt': 'Việt Nam', 'hàn': 'Hàn Quốc', 'mỹ': 'Mỹ', 'nhật': 'Nhật Bản', 'trung': 'Trung Quốc', 'lào': 'Lào',
  'pháp': 'Pháp', 'đức': 'Đức', 'nga': 'Nga', 'úc': 'Úc', 'anh': 'Anh', 'ấn': 'Ấn Độ', 'thái': 'Thái Lan',
  'singapore': 'Singapore', 'cuba': 'Cuba', 'campuchia': 'Campuchia', 'indonesia': 'Indonesia', 'italy': 'Italy',
};
const SHORT_RE = new RegExp(`(?<![\\p{L}\\p{M}])(${Object.keys(SHORT).join('|')})\\s*[-–]\\s*(${Object.keys(SHORT).join('|')})(?![\\p{L}\\p{M}])`, 'gu');
const TWO_RE = /(?<![\p{L}\p{M}])hai (?:nước|quốc gia|bên|phía)(?![\p{L}\p{M}])/gu;

function spanOver(tokens: readonly Token[], start: number, end: number, actor: ActorCandidate, rule: string): ActorSpan | null {
  const first = tokenIndexAt(tokens, start);
  const last = tokenIndexAt(tokens, end) - 1;
  if (first > last || tokens[first]!.start !== start || tokens[last]!.end !== end) return null;
  return { first, last, start, end, actor, rule, confidence: 0.6 };
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

export function findBilateral(
  lowered: string, tokens: readonly Token[], covered: Uint8Array, mentions: readonly ActorSpan[], gaz: CompiledGazetteer,
): ActorSpan[] {
  const out: ActorSpan[] = [];
  const free = (s: ActorSpan) => {
    for (let k = s.first; k <= s.last; k++) if (covered[k]) return false;
    return true;
  };
  const pair = mainPair(mentions);
  for (const [re, resolve] of [
    [SHORT_RE, (m: RegExpMatchArray) => [gaz.byKey.get(keyOf(SHORT[m[1]!]!)), gaz.byKey.get(keyOf(SHORT[m[2]!]!))]],
    [TWO_RE, () => pair ?? []],
  ] as const) {
    for (const m of lowered.matchAll(re)) {
      const actors = resolve(m);
      const a = actors[0];
      const b = actors[1];
      if (!a || !b || a.id === b.id) continue;
      const start = m.index ?? 0;
      const end = start + m[0].length;
      const sa = spanOver(tokens, start, end, a, re === SHORT_RE ? 'bilateral-short-form' : 'two-countries');
      const sb = spanOver(tokens, start, end, b, re === SHORT_RE ? 'bilateral-short-form' : 'two-countries');
      if (!sa || !sb || !free(sa)) continue;
      out.push(sa, sb);
    }
  }
  return out;
}
