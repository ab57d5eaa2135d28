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

/**
 * Move tone marks from old placement to the one used for display keys: hoà → hòa, thuỷ → thủy,
 * khoẻ → khỏe, uý → úy (upper case too). Only open syllables change: "hoàng", "quý", "khuỷu" keep
 * theirs. Input should be NFC; the output has the same length.
 */
export function unifyToneMarks(s: string): string {
  return s.replace(CANDIDATE, (pair: string, offset: number) => {
    const before = s[offset - 1];
    const after = s[offset + 2];
    if (before === 'q' || before === 'Q' || (after !== undefined && LETTER.test(after))) return pair;
    const first = pair[0]!;
    const decomposed = pair[1]!.normalize('NFD');
    const tone = TONES.exec(decomposed)?.[0];
    if (!tone) return pair;
    const bare = decomposed.replace(tone, '').normalize('NFC');
    const key = `${first.toLowerCase()}${bare.toLowerCase()}`;
    if (key !== 'oa' && key !== 'oe' && key !== 'uy') return pair;
    return `${(first + tone).normalize('NFC')}${bare}`;
  });
}
