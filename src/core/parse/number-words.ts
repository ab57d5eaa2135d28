/** Vietnamese number words: "hai" = 2, "hai mươi lăm" = 25, "một trăm linh năm" = 105. */

const DIGITS: Record<string, number> = {
  'một': 1, 'mốt': 1, 'hai': 2, 'ba': 3, 'bốn': 4, 'tư': 4, 'năm': 5, 'lăm': 5, 'nhăm': 5,
  'sáu': 6, 'bảy': 7, 'bẩy': 7, 'tám': 8, 'chín': 9,
};

/** Words that may open a spoken number (not "mươi", "mốt", "lăm", "tư", "linh"). */
export const NUMBER_WORD_START = ['một', 'hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'bẩy', 'tám', 'chín', 'mười'];
export const NUMBER_WORDS = [...new Set([...NUMBER_WORD_START, ...Object.keys(DIGITS), 'mươi', 'trăm', 'linh', 'lẻ'])];

/**
 * Value of a run of lower-case number words below 1000, or null if the run is not a well-formed
 * number ("hai mươi" = 20, "mười lăm" = 15, "ba trăm" = 300).
 */
export function parseNumberWords(words: string[]): number | null {
  if (!words.length) return null;
  let hundreds = 0;
  let tens = 0;
  let units = 0;
  let seenTens = false;
  let i = 0;
  const w = (k: number) => words[k];
  // hundreds: "<digit> trăm"
  if (w(1) === 'trăm' && DIGITS[w(0)!] !== undefined) {
    hundreds = DIGITS[w(0)!]! * 100;
    i = 2;
    if (w(i) === 'linh' || w(i) === 'lẻ') { i++; seenTens = true; }
  }
  if (w(i) === 'mười') { tens = 10; seenTens = true; i++; }
  else if (w(i + 1) === 'mươi' && DIGITS[w(i)!] !== undefined) { tens = DIGITS[w(i)!]! * 10; seenTens = true; i += 2; }
  if (i < words.length) {
    const d = DIGITS[w(i)!];
    if (d === undefined) return null;
    if (!seenTens && (w(i) === 'mốt' || w(i) === 'lăm' || w(i) === 'nhăm')) return null;
    units = d;
    i++;
  }
  if (i !== words.length) return null;
  const value = hundreds + tens + units;
  return value > 0 ? value : null;
}
