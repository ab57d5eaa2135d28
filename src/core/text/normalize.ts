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

// Pairs where the old placement puts the tone on the second vowel (hoà, khoẻ, thuỷ, uý).
const OLD_STYLE = /(?<![qQ])([oOuU])([\u00C0-\u1EF9])(?![\p{L}\p{M}])/gu;
const TONES = /[\u0300\u0301\u0303\u0309\u0323]/;

/**
 * Move tone marks from old placement to the one used for display keys: hoà → hòa, thuỷ → thủy,
 * khoẻ → khỏe, uý → úy (upper case too). Only open syllables change: "hoàng", "quý", "khuỷu" keep
 * theirs. Input should be NFC; the output has the same length.
 */
export function unifyToneMarks(s: string): string {
  return s.replace(OLD_STYLE, (whole, first: string, second: string) => {
    const decomposed = second.normalize('NFD');
    const tone = decomposed.match(TONES)?.[0];
    if (!tone) return whole;
    const bare = decomposed.replace(tone, '').normalize('NFC');
    const pair = `${first.toLowerCase()}${bare.toLowerCase()}`;
    if (pair !== 'oa' && pair !== 'oe' && pair !== 'uy') return whole;
    return `${(first + tone).normalize('NFC')}${bare}`;
  });
}
