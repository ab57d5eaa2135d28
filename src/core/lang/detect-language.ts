/**
 * Which language an article is written in, when its metadata does not say: Vietnamese or English,
 * read from the text itself with two signals that need no model.
 *
 * 1. Vietnamese letters: written Vietnamese puts a tone mark or a modified vowel (ă â ê ô ơ ư đ) on
 *    roughly one letter in six. English text quoting Vietnamese names ("Trương Gia Bình", "Việt Nam")
 *    stays far below one in fifty.
 * 2. Stop words: in English prose about one word in four is one of a few dozen function words (the,
 *    of, and, to, in …); in Vietnamese written without diacritics the same share goes to its own
 *    function words (va, cua, la, cac …).
 *
 * Only the first few thousand characters are read: a language does not change halfway through.
 */
import { foldText } from '../text/fold.ts';

export type LanguageCode = 'vi' | 'en';

/** The languages the extractor has tables for; any other code is read with the Vietnamese ones. */
export const LANGUAGES: readonly LanguageCode[] = ['vi', 'en'];

const SAMPLE = 6000;
/** Share of letters carrying a Vietnamese mark above which the text is Vietnamese. */
const VI_LETTER_SHARE = 0.05;
/** Share of words that are English function words above which unmarked text is English. */
const EN_STOP_SHARE = 0.12;

const EN_STOPS = new Set([
  'the', 'of', 'and', 'to', 'in', 'a', 'an', 'is', 'are', 'was', 'were', 'for', 'on', 'that', 'with',
  'by', 'as', 'at', 'from', 'its', 'it', 'this', 'be', 'has', 'have', 'had', 'will', 'said', 'which',
  'also', 'or', 'their', 'but', 'been', 'into', 'than', 'over', 'about', 'would', 'after',
]);
const VI_STOPS = new Set([
  'va', 'cua', 'la', 'cac', 'nhung', 'duoc', 'cho', 'voi', 'trong', 'co', 'nay', 'khong', 'mot', 'da',
  'se', 'tai', 'nam', 've', 'tu', 'den', 'theo', 'cung', 'nhieu', 'viec',
]);

// Vietnamese letters beyond plain Latin: precomposed vowels with a tone or shape mark, đ, and the
// combining tone and shape marks of text in NFD.
const VI_LETTERS = new Set([...'àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ'].map((c) => c.charCodeAt(0)));
for (const mark of [0x300, 0x301, 0x302, 0x303, 0x306, 0x309, 0x31b, 0x323]) VI_LETTERS.add(mark);

function markedLetters(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xc0 && (VI_LETTERS.has(c) || VI_LETTERS.has(s[i]!.toLowerCase().charCodeAt(0)))) n++;
  }
  return n;
}

const LETTER = /\p{L}/gu;
const WORD = /[\p{L}\p{M}]+/gu;

/** The language a piece of text is written in: 'en' or 'vi' (the default when the text says little). */
export function detectLanguage(text: string): LanguageCode {
  const sample = text.slice(0, SAMPLE);
  const letters = sample.match(LETTER)?.length ?? 0;
  if (letters === 0) return 'vi';
  const marked = markedLetters(sample);
  if (marked / letters >= VI_LETTER_SHARE) return 'vi';
  let words = 0;
  let en = 0;
  let vi = 0;
  for (const [w] of foldText(sample).matchAll(WORD)) {
    words++;
    if (EN_STOPS.has(w)) en++;
    else if (VI_STOPS.has(w)) vi++;
  }
  return words > 0 && en / words >= EN_STOP_SHARE && en > vi ? 'en' : 'vi';
}

/**
 * The table set for a language code as metadata gives it ("en", "en-US", "EN", "English"); any
 * code other than English reads as Vietnamese, as every article did before English was added.
 */
export function tablesFor(code: string | null | undefined): LanguageCode {
  return /^en(?:$|[-_])|^english$/i.test((code ?? '').trim()) ? 'en' : 'vi';
}
