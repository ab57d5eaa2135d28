import { describe, expect, it } from 'vitest';
import { splitLines, type StreamLine } from './jsonl-lines.ts';

async function* chunksOf(...parts: (string | Buffer)[]) {
  for (const p of parts) yield typeof p === 'string' ? Buffer.from(p) : p;
}

async function collect(lines: AsyncIterable<StreamLine>) {
  const out: { lineNo: number; text: string | null; size: number; offset: number }[] = [];
  for await (const l of lines) out.push({ lineNo: l.lineNo, text: l.bytes && l.bytes.toString('utf8'), size: l.size, offset: l.offset });
  return out;
}

describe('splitLines', () => {
  it('splits on \\n and \\r\\n across chunk boundaries, keeping multi-byte characters whole', async () => {
    const viet = Buffer.from('Hòa Lạc\n');
    const lines = await collect(splitLines(chunksOf('a\r', '\nb', 'c\n', viet.subarray(0, 2), viet.subarray(2), 'last'), 100));
    expect(lines).toEqual([
      { lineNo: 1, text: 'a', size: 1, offset: 3 },
      { lineNo: 2, text: 'bc', size: 2, offset: 6 },
      { lineNo: 3, text: 'Hòa Lạc', size: viet.length - 1, offset: 6 + viet.length },
      { lineNo: 4, text: 'last', size: 4, offset: 10 + viet.length },
    ]);
  });

  it('drops a line over the cap without keeping it, and goes on with the next', async () => {
    const lines = await collect(splitLines(chunksOf('ok\n', 'x'.repeat(6), 'x'.repeat(6), '\nfine\n'), 10));
    expect(lines.map((l) => [l.lineNo, l.text, l.size])).toEqual([[1, 'ok', 2], [2, null, 12], [3, 'fine', 4]]);
  });

  it('keeps a line of exactly the cap, ended by \\r\\n', async () => {
    const lines = await collect(splitLines(chunksOf('x'.repeat(10), '\r\n'), 10));
    expect(lines.map((l) => [l.text, l.size])).toEqual([['x'.repeat(10), 10]]);
  });

  it('yields empty lines (the caller skips them) and nothing after a final newline', async () => {
    const lines = await collect(splitLines(chunksOf('\n\na\n'), 10));
    expect(lines.map((l) => l.text)).toEqual(['', '', 'a']);
  });

  it('reads lazily: the first line comes before the rest of the stream is pulled', async () => {
    let pulled = 0;
    async function* endless() {
      for (;;) {
        pulled++;
        yield Buffer.from('{"text":"x"}\n');
      }
    }
    for await (const line of splitLines(endless(), 100)) {
      expect(line.lineNo).toBe(1);
      break;
    }
    expect(pulled).toBe(1);
  });
});
