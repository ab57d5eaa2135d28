import { describe, expect, it } from 'vitest';
import { tokenize } from './tokenize.ts';
import { internWord, tokenWordIds, wordId, wordIdLimit } from './word-ids.ts';

const tokensOf = (folded: string) => tokenize(folded, [{ start: 0, end: folded.length }]);

describe('word ids', () => {
  it('gives a word one id, and -1 to words never registered', () => {
    const a = internWord('zzxq-test-a');
    expect(internWord('zzxq-test-a')).toBe(a);
    expect(wordId('zzxq-test-a')).toBe(a);
    expect(wordId('zzxq-never-registered')).toBe(-1);
    expect(wordIdLimit()).toBeGreaterThan(a);
  });

  it('reads the ids of word tokens; punctuation and unknown words get -1', () => {
    const x = internWord('qqalpha');
    const tokens = tokensOf('qqalpha, qqbeta qqalpha');
    expect([...tokenWordIds(tokens)]).toEqual([x, -1, -1, x]);
  });

  it('sees a word registered after the ids were first read', () => {
    const tokens = tokensOf('qqgamma qqdelta');
    expect([...tokenWordIds(tokens)]).toEqual([-1, -1]);
    const d = internWord('qqdelta');
    expect([...tokenWordIds(tokens)]).toEqual([-1, d]);
  });
});

describe('word id table', () => {
  it('keeps every id through growth', () => {
    const ids = Array.from({ length: 5000 }, (_, i) => internWord(`zzgrow${i}`));
    expect(new Set(ids).size).toBe(5000);
    for (let i = 0; i < 5000; i++) expect(wordId(`zzgrow${i}`)).toBe(ids[i]);
    expect(wordId('zzgrow5000')).toBe(-1);
  });
});
