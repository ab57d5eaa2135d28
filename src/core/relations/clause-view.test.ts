import { describe, expect, it } from 'vitest';
import { tokenize } from '../actors/tokenize.ts';
import { foldText, lowerText } from '../text/fold.ts';
import { HitIndex, matchesWhole, nonSpaceCount, pairsOf, phraseRegex } from './clause-view.ts';
import type { ActorSpan } from '../actors/types.ts';

const SET = phraseRegex(['đầu tư', 'mở rộng đầu tư', 'thăm']);
const OTHER = phraseRegex(['đầu']);

function hits(text: string) {
  const tokens = tokenize(foldText(text), [{ start: 0, end: text.length }]);
  const index = new HitIndex(lowerText(text), tokens);
  return { set: index.hits(SET).map((h) => [h.text, text.slice(h.start, h.end)]), other: index.hits(OTHER).map((h) => h.text) };
}

describe('HitIndex', () => {
  it('finds the longest phrase at a position, with its words joined by one space', () => {
    expect(hits('Samsung sẽ Mở rộng   đầu tư, rồi thăm Hà Nội').set).toEqual([['mở rộng đầu tư', 'Mở rộng   đầu tư'], ['thăm', 'thăm']]);
  });

  it('keeps diacritics apart and each set on its own', () => {
    const found = hits('đấu tư đầu tư đầu năm');
    expect(found.set).toEqual([['đầu tư', 'đầu tư']]);
    expect(found.other).toEqual(['đầu', 'đầu']);
  });

  it('does not run a phrase across punctuation', () => {
    expect(hits('đầu, tư').set).toEqual([]);
  });
});

describe('matchesWhole', () => {
  it('compares a gap with the phrases, whitespace collapsed', () => {
    expect(matchesWhole(SET, ' mở  rộng\nđầu tư ')).toBe(true);
    expect(matchesWhole(SET, 'mở rộng đầu tư mạnh')).toBe(false);
  });
});

describe('nonSpaceCount', () => {
  it('counts what is not whitespace in the range', () => {
    expect(nonSpaceCount('a b\u00A0c\nd', 0, 7)).toBe(4);
    expect(nonSpaceCount('a b c', 1, 4)).toBe(1);
  });
});

describe('pairsOf', () => {
  const span = (id: string, start: number) => ({ first: 0, last: 0, start, end: start + 1, rule: 'test', confidence: 1, actor: { id, name: id, kind: 'company', country: null, source: 'gazetteer', aliases: [id], partOf: null } }) as ActorSpan;
  it('pairs each actor once, at its first mention, never with itself', () => {
    const pairs = pairsOf([span('a', 0), span('b', 5), span('a', 9), span('c', 12)]);
    expect(pairs.map(([x, y]) => `${x.actor.id}${x.start}-${y.actor.id}${y.start}`)).toEqual(['a0-b5', 'a0-c12', 'b5-c12']);
  });
});
