import { describe, expect, it } from 'vitest';
import { buildFulltextQuery, escapeLucene } from './fulltext-query.ts';

describe('buildFulltextQuery', () => {
  it('folds case, diacritics and tone-mark placement the same way for every spelling', () => {
    const expected = '+hoa +lac*';
    for (const text of ['hoa lac', 'Hoà Lạc', 'Hòa Lạc', 'HÒA LẠC', 'Hoa\u0300 La\u0323c'.normalize('NFD'), '  hoà   lạc  ']) {
      expect(buildFulltextQuery(text), text).toBe(expected);
    }
    expect(buildFulltextQuery('Đà Nẵng')).toBe('+da +nang*');
  });

  it('leaves no Lucene syntax from the user in the query', () => {
    expect(buildFulltextQuery('samsung OR nvidia')).toBe('+samsung +or +nvidia*');
    expect(buildFulltextQuery('nvidia) AND (*')).toBe('+nvidia +and*');
    expect(buildFulltextQuery('"quoted" title:x~2 a^3')).toBe('+quoted +title +x +2 +a +3*');
    expect(buildFulltextQuery('*?~"()[]{}')).toBeNull();
    expect(buildFulltextQuery('')).toBeNull();
  });

  it('caps the number of terms', () => {
    const q = buildFulltextQuery(Array.from({ length: 40 }, (_, i) => `w${i}`).join(' '))!;
    expect(q.split(' ')).toHaveLength(12);
  });

  it('escapes every Lucene special character', () => {
    expect(escapeLucene('a+b-c&&d||e!f(g)h{i}j[k]l^m"n~o*p?q:r\\s/t')).toBe('a\\+b\\-c\\&\\&d\\|\\|e\\!f\\(g\\)h\\{i\\}j\\[k\\]l\\^m\\"n\\~o\\*p\\?q\\:r\\\\s\\/t');
  });
});
