import { describe, expect, it } from 'vitest';
import { ArticleFileError, parseArticleFile } from './parse-article-file.ts';
import { normalizePublished } from './published.ts';
import { parseManifest, manifestDefaults } from './manifest.ts';

const TEXT = 'Samsung mở rộng đầu tư\n\nSamsung sẽ đầu tư thêm 1 tỷ USD vào Việt Nam.\n';

function expectError(fn: () => unknown, pattern: RegExp) {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(ArticleFileError);
    expect((e as Error).message).toMatch(pattern);
    expect((e as Error).message).not.toContain('\n');
    return;
  }
  throw new Error('expected an ArticleFileError');
}

describe('parseArticleFile', () => {
  it('reads .txt: first non-empty line is the title, the whole text is stored', () => {
    const [a] = parseArticleFile('a.txt', `\n\n${TEXT}`);
    expect(a).toEqual({ file: 'a.txt', title: 'Samsung mở rộng đầu tư', text: `\n\n${TEXT}`, published: null, outlet: null, url: null, language: 'vi' });
  });

  it('detects the language from the text unless the metadata gives it', () => {
    const english = 'Chipmaker expands in Vietnam\nThe company said it will invest $50 million in a new plant in the north of the country.\n';
    expect(parseArticleFile('a.txt', english)[0]!.language).toBe('en');
    expect(parseArticleFile('a.txt', TEXT)[0]!.language).toBe('vi');
    expect(parseArticleFile('a.txt', `---\nlanguage: vi\n---\n${english}`)[0]!.language).toBe('vi');
    expect(parseArticleFile('a.txt', english, { language: 'en-GB' })[0]!.language).toBe('en-GB');
    expect(parseArticleFile('a.json', JSON.stringify({ title: 'T', text: english }))[0]!.language).toBe('en');
  });

  it('leaves photo credits and table bars out of a first-line title', () => {
    const [a] = parseArticleFile('a.txt', 'Thủ tướng thăm Nvidia ngày 18/9/2023. (Ảnh: Nguyễn Hồng) |\nNội dung.');
    expect(a!.title).toBe('Thủ tướng thăm Nvidia ngày 18/9/2023.');
    expect(a!.text.startsWith('Thủ tướng thăm Nvidia ngày 18/9/2023. (Ảnh: Nguyễn Hồng) |')).toBe(true);
  });

  it('normalises the stored text (NFD, CRLF, BOM)', () => {
    const [a] = parseArticleFile('a.txt', `\uFEFF${TEXT.normalize('NFD').replace(/\n/g, '\r\n')}`);
    expect(a!.text).toBe(TEXT);
    expect(a!.title).toBe('Samsung mở rộng đầu tư');
  });

  it('reads YAML front matter in .md and .txt', () => {
    const content = `---\ntitle: "Hoà Lạc đón nhà đầu tư"\npublished: 2024-06-26\noutlet: VnExpress\nurl: https://example.vn/a\n---\n# Tiêu đề trong bài\n\nNội dung bài.\n`;
    for (const name of ['a.md', 'a.txt']) {
      const [a] = parseArticleFile(name, content);
      expect(a).toMatchObject({ title: 'Hoà Lạc đón nhà đầu tư', published: '2024-06-26', outlet: 'VnExpress', url: 'https://example.vn/a' });
      expect(a!.text).toBe('# Tiêu đề trong bài\n\nNội dung bài.\n');
    }
    const [noTitle] = parseArticleFile('b.md', '---\noutlet: Tuổi Trẻ\n---\n# Tiêu đề trong bài\nNội dung.');
    expect(noTitle!.title).toBe('Tiêu đề trong bài');
  });

  it('reads .json objects and arrays', () => {
    const one = { title: 'T', text: 'Nội dung.', published: '26/06/2024 12:30', url: null, outlet: 'Báo X', language: 'vi' };
    expect(parseArticleFile('a.json', JSON.stringify(one))[0]).toMatchObject({ title: 'T', published: '2024-06-26', outlet: 'Báo X' });
    expect(parseArticleFile('b.json', JSON.stringify([one, { text: 'Tiêu đề\nThân bài.' }])).map((a) => a.title)).toEqual(['T', 'Tiêu đề']);
  });

  it('reads .jsonl, one article a line, and names a bad line', () => {
    const lines = [JSON.stringify({ title: 'A', text: 'Một.' }), '', JSON.stringify({ title: 'B', text: 'Hai.' })];
    expect(parseArticleFile('a.jsonl', lines.join('\n')).map((a) => a.title)).toEqual(['A', 'B']);
    expectError(() => parseArticleFile('a.jsonl', `${lines[0]}\n{oops\n`), /^a\.jsonl: line 2: not valid JSON/);
    expectError(() => parseArticleFile('a.jsonl', `${lines[0]}\n${JSON.stringify({ title: 'no text' })}`), /^a\.jsonl: line 2: text/);
  });

  it('accepts a byte-order mark before JSON', () => {
    expect(parseArticleFile('a.json', '\uFEFF{"title": "T", "text": "Nội dung."}')[0]!.title).toBe('T');
    expect(parseArticleFile('a.jsonl', '\uFEFF{"title": "T", "text": "Nội dung."}\r\n')).toHaveLength(1);
  });

  it('throws one-line typed errors for bad content', () => {
    expectError(() => parseArticleFile('a.json', '{"title": 1, "text": "x"}'), /^a\.json: title/);
    expectError(() => parseArticleFile('a.json', '{'), /^a\.json: not valid JSON/);
    expectError(() => parseArticleFile('a.md', '---\ntitle: [unclosed\n---\nx'), /^a\.md: front matter is not valid YAML/);
    expectError(() => parseArticleFile('a.md', '---\npublished: next week\n---\nx'), /^a\.md: published: not a date/);
    expectError(() => parseArticleFile('a.txt', ' \n\n '), /^a\.txt: the article text is empty/);
    expectError(() => parseArticleFile('a.pdf', 'x'), /^a\.pdf: unsupported file type/);
  });

  it('lets defaults fill only what the file lacks', () => {
    const defaults = { title: 'Tiêu đề từ manifest', published: '2024-06-26', outlet: 'Báo X' };
    expect(parseArticleFile('a.txt', TEXT, defaults)[0]).toMatchObject(defaults);
    const [fm] = parseArticleFile('a.md', `---\ntitle: Của tệp\n---\n${TEXT}`, defaults);
    expect(fm).toMatchObject({ title: 'Của tệp', published: '2024-06-26', outlet: 'Báo X' });
  });
});

describe('parseArticleFile: dates in the text', () => {
  it('takes the byline date when no metadata gives one, and metadata over it', () => {
    const text = 'Tiêu đề\nLan Hương 05/03/2024 08:15\nNội dung bài.\n';
    expect(parseArticleFile('a.txt', text)[0]!.published).toBe('2024-03-05');
    expect(parseArticleFile('a.txt', text, { published: '2024-03-04' })[0]!.published).toBe('2024-03-04');
  });
});

describe('normalizePublished', () => {
  it.each([
    ['2024-06-26', '2024-06-26'], ['2024-06-26T12:30:00+07:00', '2024-06-26'], ['2024-06-26 12:30', '2024-06-26'],
    ['26/06/2024 12:30', '2024-06-26'], ['5/3/2024', '2024-03-05'], ['2024-06', '2024-06'], [2024, '2024'],
  ])('%s → %s', (input, expected) => {
    expect(normalizePublished(input)).toBe(expected);
  });

  it('accepts Dates and empty values, rejects the rest', () => {
    expect(normalizePublished(new Date('2024-06-26T00:00:00Z'))).toBe('2024-06-26');
    expect(normalizePublished(null)).toBeNull();
    expect(normalizePublished('')).toBeNull();
    expect(() => normalizePublished('hôm qua')).toThrow(/not a date/);
  });
});

describe('manifest', () => {
  it('parses entries and gives defaults by base name', () => {
    const m = parseManifest(JSON.stringify({ 'a.txt': { title: 'A', published: '2024-06-26', outlet: null } }));
    expect(manifestDefaults(m, 'a.txt')).toEqual({ title: 'A', published: '2024-06-26' });
    expect(manifestDefaults(m, 'b.txt')).toEqual({});
  });

  it('rejects a malformed manifest with a one-line message', () => {
    expect(() => parseManifest('{"a.txt": {"published": "June"}}')).toThrow(/a\.txt\.published/);
    expect(() => parseManifest('[')).toThrow(/not valid JSON/);
  });
});
