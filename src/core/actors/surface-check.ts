/**
 * Checks that a folded match really is the name: folding makes "hạn" and "Hàn" equal, so a hit is
 * kept only when each word carries the same diacritics (tone-mark placement ignored) and the
 * capitalised words of the name are capitalised in the text ("Mỹ" the country, not "thẩm mỹ").
 */
interface WordSig {
  sig: string;
  capital: boolean;
  /** An acronym ("AI", "LG"): only an all-capitals writing matches it ("Ai" at a sentence start does not). */
  acronym: boolean;
}

const WORD = /[\p{L}\p{M}\p{N}]+/gu;
const MARK = /\p{M}/gu;

function signature(word: string): WordSig {
  const nfd = word.normalize('NFD');
  const lower = nfd.toLowerCase();
  const marks = (lower.match(MARK) ?? []).sort().join('');
  const base = lower.replace(MARK, '');
  const first = nfd[0] ?? '';
  return {
    sig: `${base}|${marks}`,
    capital: first !== first.toLowerCase(),
    acronym: word.length >= 2 && word === word.toUpperCase() && word !== word.toLowerCase(),
  };
}

const cache = new Map<string, WordSig[]>();
const wordCache = new Map<string, WordSig>();
/** form → surface → verdict: nested, so no key string is built per lookup. */
const verdicts = new Map<string, Map<string, boolean>>();
let verdictCount = 0;

function signatureOf(word: string): WordSig {
  let sig = wordCache.get(word);
  if (!sig) {
    sig = signature(word);
    if (wordCache.size > 100_000) wordCache.clear();
    wordCache.set(word, sig);
  }
  return sig;
}

function words(phrase: string): WordSig[] {
  let sigs = cache.get(phrase);
  if (!sigs) {
    sigs = (phrase.match(WORD) ?? []).map(signatureOf).filter((w) => w.sig !== 'va|' && w.sig !== 'va|̀');
    if (cache.size > 50_000) cache.clear();
    cache.set(phrase, sigs);
  }
  return sigs;
}

/** True when `surface` (as written in the article) is a faithful writing of `form`. */
export function surfaceMatches(surface: string, form: string): boolean {
  // A name written exactly as the form is (the commonest case) always matches it.
  if (surface === form) return true;
  // Names recur within and across articles: remember each verdict.
  let bySurface = verdicts.get(form);
  if (!bySurface) verdicts.set(form, (bySurface = new Map()));
  let verdict = bySurface.get(surface);
  if (verdict === undefined) {
    verdict = compare(words(surface), words(form));
    if (++verdictCount > 100_000) {
      verdicts.clear();
      verdictCount = 1;
      verdicts.set(form, (bySurface = new Map()));
    }
    bySurface.set(surface, verdict);
  }
  return verdict;
}

function compare(s: readonly WordSig[], f: readonly WordSig[]): boolean {
  if (s.length !== f.length) return false;
  let needCapital = false;
  let hasCapital = false;
  for (let i = 0; i < s.length; i++) {
    const a = s[i] as WordSig;
    const b = f[i] as WordSig;
    if (a.sig !== b.sig || (b.acronym && !a.acronym)) return false;
    if (b.capital) {
      needCapital = true;
      if (a.capital) hasCapital = true;
    }
  }
  return !needCapital || hasCapital;
}
