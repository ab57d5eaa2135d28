import { describe, expect, it } from 'vitest';
import type { InputEntry } from '../io/read-articles.ts';
import { nameArticles, nameUnread, ranges } from './load-report.ts';

describe('naming what a load did and did not write', () => {
  it('writes line numbers as ranges', () => {
    expect(ranges([5, 1, 2, 3, 9, 10, 7])).toBe('1–3, 5, 7, 9–10');
    expect(ranges([])).toBe('');
  });

  it('groups articles by file: JSON Lines lines as ranges, whole files by name', () => {
    expect(nameArticles([
      { file: 'c.jsonl', where: 'c.jsonl:3' },
      { file: 'a.txt', where: 'a.txt' },
      { file: 'c.jsonl', where: 'c.jsonl:1' },
      { file: 'c.jsonl', where: 'c.jsonl:2' },
      { file: null, where: '-' },
    ])).toEqual(['  c.jsonl: lines 1–3', '  a.txt', '  -']);
  });

  it('names the rest of the file being read and the files not reached', () => {
    const entries: InputEntry[] = [
      { kind: 'file', path: 'a.txt', size: 10 },
      { kind: 'file', path: 'c.jsonl', size: 1000 },
      { kind: 'file', path: 'd.jsonl', size: 10 },
    ];
    expect(nameUnread(entries, { entry: 1, line: 41, finished: false })).toEqual(['  c.jsonl: from line 42 to the end (not read)', '  d.jsonl (not read)']);
    expect(nameUnread(entries, { entry: 1, line: 41, finished: true })).toEqual(['  d.jsonl (not read)']);
    expect(nameUnread(entries, { entry: 3, line: null, finished: true })).toEqual([]);
    expect(nameUnread(entries, null)).toHaveLength(3);
  });
});
