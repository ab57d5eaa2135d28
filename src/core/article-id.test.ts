import { describe, expect, it } from 'vitest';
import { articleId, identityText } from './article-id.ts';

const TEXT = 'Thuỷ điện Hoà Bình\n\nKhoẻ mạnh, hoà hợp. Đầu tư 3 tỷ USD.';

describe('articleId', () => {
  it('is 16 hex digits, stable for the same text', () => {
    expect(articleId(TEXT)).toMatch(/^[0-9a-f]{16}$/);
    expect(articleId(TEXT)).toBe(articleId(`${TEXT}`));
  });

  it('is the same for NFD and NFC, old and new tone marks, and re-wrapped whitespace', () => {
    const id = articleId(TEXT);
    expect(articleId(TEXT.normalize('NFD'))).toBe(id);
    expect(articleId('Thủy điện Hòa Bình\n\nKhỏe mạnh, hòa hợp. Đầu tư 3 tỷ USD.')).toBe(id);
    expect(articleId(`\uFEFF  ${TEXT.replace(/\n/g, '\r\n').replace(/ /g, '\u00A0 ')}  `)).toBe(id);
  });

  it('differs when the words differ', () => {
    expect(articleId(TEXT.replace('3 tỷ', '4 tỷ'))).not.toBe(articleId(TEXT));
  });

  it('compares identity text with one space for every whitespace run', () => {
    expect(identityText(' a\t\n b ')).toBe('a b');
    // A lone tab, newline or no-break space becomes a space too, as a run of them does.
    expect(identityText('a\tb\nc\u00A0d  e f')).toBe('a b c d e f');
  });
});
