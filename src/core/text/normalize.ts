/**
 * The stored form of an article's text. Every evidence offset points into the string returned by
 * `normalizeText`, so it changes only what must be canonical (Unicode form, line ends, BOM) and
 * keeps everything else — spacing, quotes, tone-mark placement — exactly as written.
 */
export function normalizeText(raw: string): string {
  let s = raw.startsWith('\uFEFF') ? raw.slice(1) : raw;
  s = s.replace(/\r\n?/g, '\n');
  return s.normalize('NFC');
}

// A toned vowel after o/u: the candidates for old placement (hoà, khoẻ, thuỷ, uý).
const CANDIDATE = /[oOuU][\u00C0-\u1EF9]/g;
const TONES = /[\u0300\u0301\u0303\u0309\u0323]/;
const LETTER = /[\p{L}\p{M}]/u;
let letters: Uint8Array | undefined;

/** Whether UTF-16 unit `c` alone is a letter or a mark (as LETTER tests it), from a table made once. */
function isLetterUnit(c: number): boolean {
  if (!letters) {
    letters = new Uint8Array(0x10000);
    for (let u = 0; u < 0x10000; u++) letters[u] = LETTER.test(String.fromCharCode(u)) ? 1 : 0;
  }
  return letters[c] === 1;
}

/** The pair ("oà") with its tone moved to the first vowel ("òa"), or null when it stays. */
function movedTone(pair: string): string | null {
  const first = pair[0]!;
  const decomposed = pair[1]!.normalize('NFD');
  const tone = TONES.exec(decomposed)?.[0];
  if (!tone) return null;
  const bare = decomposed.replace(tone, '').normalize('NFC');
  const key = `${first.toLowerCase()}${bare.toLowerCase()}`;
  if (key !== 'oa' && key !== 'oe' && key !== 'uy') return null;
  return `${(first + tone).normalize('NFC')}${bare}`;
}

/** movedTone by pair: there are few pairs, and this runs on every article's whole text. */
const moved = new Map<string, string | null>();

/**
 * Move tone marks from old placement to the one used for display keys: hoà → hòa, thuỷ → thủy,
 * khoẻ → khỏe, uý → úy (upper case too). Only open syllables change: "hoàng", "quý", "khuỷu" keep
 * theirs. Input should be NFC; the output has the same length.
 */
export function unifyToneMarks(s: string): string {
  // Candidates are found by the regex engine (faster than a character loop in JS); the pieces are
  // joined once, and only when something moved.
  const out: string[] = [];
  let copied = 0;
  CANDIDATE.lastIndex = 0;
  for (let m = CANDIDATE.exec(s); m; m = CANDIDATE.exec(s)) {
    const p = m.index;
    const before = p > 0 ? s.charCodeAt(p - 1) : -1;
    if (before === 0x71 || before === 0x51 || (p + 2 < s.length && isLetterUnit(s.charCodeAt(p + 2)))) continue;
    const pair = m[0];
    let replacement = moved.get(pair);
    if (replacement === undefined) moved.set(pair, (replacement = movedTone(pair)));
    if (replacement !== null) {
      out.push(s.slice(copied, p), replacement);
      copied = p + 2;
    }
  }
  if (copied === 0) return s;
  out.push(s.slice(copied));
  return out.join('');
}
