import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readArticleFiles, type ReadResult } from './read-articles.ts';

let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'read-articles-'));
  await writeFile(join(dir, 'a.txt'), 'Tiêu đề A\nNội dung bài A.\n');
  await writeFile(join(dir, 'manifest.json'), JSON.stringify({ 'a.txt': { title: 'Tiêu đề chuẩn A', published: '2024-06-26', outlet: 'Báo X' } }));
  await mkdir(join(dir, 'sub'));
  await writeFile(join(dir, 'sub', 'b.md'), '---\ntitle: B\n---\nNội dung B.\n');
  await writeFile(join(dir, 'sub', 'c.jsonl'), `${JSON.stringify({ title: 'C1', text: 'Một.' })}\n${JSON.stringify({ title: 'C2', text: 'Hai.' })}\n`);
  await writeFile(join(dir, 'sub', 'notes.csv'), 'ignored,file\n');
  await writeFile(join(dir, 'empty.txt'), '  \n');
  await writeFile(join(dir, 'binary.txt'), Buffer.from([0x54, 0x00, 0x01]));
  await writeFile(join(dir, 'latin1.txt'), Buffer.from([0x48, 0x6f, 0xe0, 0x20, 0x4c, 0x61, 0x63]));
  await writeFile(join(dir, 'big.txt'), `Tiêu đề\n${'x'.repeat(2000)}`);
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const okTitles = (results: ReadResult[]) => results.flatMap((r) => (r.ok ? [r.article.title] : []));
const errors = (results: ReadResult[]) => results.flatMap((r) => (r.ok ? [] : [r.error]));

describe('readArticleFiles', () => {
  it('expands directories recursively and applies the manifest beside a file', async () => {
    const results = await readArticleFiles([dir], { maxBytes: 1000 });
    expect(okTitles(results)).toEqual(['Tiêu đề chuẩn A', 'B', 'C1', 'C2']);
    const a = results.find((r) => r.ok && r.article.title === 'Tiêu đề chuẩn A');
    expect(a?.ok && a.article).toMatchObject({ published: '2024-06-26', outlet: 'Báo X', file: join(dir, 'a.txt') });
  });

  it('rejects empty, binary, non-UTF-8 and oversized files, one clear line each', async () => {
    const results = await readArticleFiles([dir], { maxBytes: 1000 });
    const errs = errors(results);
    expect(errs).toHaveLength(4);
    expect(errs.find((e) => e.includes('empty.txt'))).toMatch(/file is empty/);
    expect(errs.find((e) => e.includes('binary.txt'))).toMatch(/binary/);
    expect(errs.find((e) => e.includes('latin1.txt'))).toMatch(/not valid UTF-8/);
    expect(errs.find((e) => e.includes('big.txt'))).toMatch(/too large/);
    for (const e of errs) expect(e).not.toContain('\n');
  });

  it('reports a missing path and still reads the others', async () => {
    const results = await readArticleFiles([join(dir, 'missing.txt'), join(dir, 'sub', 'b.md')]);
    expect(errors(results)).toEqual([`${join(dir, 'missing.txt')}: no such file or directory`]);
    expect(okTitles(results)).toEqual(['B']);
  });

  it('reads UTF-16 files with a byte-order mark', async () => {
    const file = join(dir, 'utf16.txt');
    await writeFile(file, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Hoà Lạc\r\nNội dung.', 'utf16le')]));
    const [result] = await readArticleFiles([file]);
    expect(result?.ok && result.article).toMatchObject({ title: 'Hoà Lạc', text: 'Hoà Lạc\nNội dung.' });
    await rm(file);
  });

  it('reports a broken manifest on each file it should describe', async () => {
    const broken = join(dir, 'broken');
    await mkdir(join(broken, '.hidden'), { recursive: true });
    await writeFile(join(broken, 'manifest.json'), '{"x.txt": {"published": "June"}}');
    await writeFile(join(broken, 'x.txt'), 'Tiêu đề\nNội dung.');
    await writeFile(join(broken, '.hidden', 'y.txt'), 'Không đọc\nNội dung.');
    const results = await readArticleFiles([broken]);
    expect(results).toHaveLength(1);
    expect(errors(results)[0]).toMatch(/broken\/manifest\.json: x\.txt\.published/);
    await rm(broken, { recursive: true });
  });

  it('reads "-" as a text article from standard input', async () => {
    const stdin = async () => Buffer.from('Tiêu đề từ stdin\nNội dung.\n');
    const [result] = await readArticleFiles(['-'], { stdin });
    expect(result?.ok && result.article).toMatchObject({ title: 'Tiêu đề từ stdin', file: null });
    const [empty] = await readArticleFiles(['-'], { stdin: async () => Buffer.from('') });
    expect(empty).toMatchObject({ ok: false, file: '-', error: 'stdin.txt: file is empty' });
  });

  it('reads the seed articles with their manifest', async () => {
    const results = await readArticleFiles([new URL('../../seeds/articles/', import.meta.url).pathname]);
    expect(results.every((r) => r.ok)).toBe(true);
    expect(results).toHaveLength(5);
    const published = results.flatMap((r) => (r.ok ? [r.article.published] : []));
    expect(published.filter(Boolean)).toEqual(['2024-06-26']);
  });
});

describe('streamArticles (JSON Lines)', () => {
  it('caps each line, not the file: a corpus larger than the cap loads, a line over it fails alone', async () => {
    const { listArticleInputs, streamArticles } = await import('./read-articles.ts');
    const file = join(dir, 'big.jsonl');
    const line = (i: number) => JSON.stringify({ title: `T${i}`, text: `Nội dung ${i}. ${'chữ '.repeat(40)}` });
    const lines = Array.from({ length: 40 }, (_, i) => line(i + 1));
    lines[9] = JSON.stringify({ title: 'huge', text: 'x'.repeat(2000) });
    lines[19] = '{oops';
    lines[29] = '';
    await writeFile(file, `${lines.join('\n')}\n`);
    const entries = await listArticleInputs([file]);
    const events = [];
    for await (const e of streamArticles(entries, { maxBytes: 1000 })) events.push(e);
    const ok = events.filter((e) => e.result.ok);
    expect(ok).toHaveLength(37);
    expect(ok[0]).toMatchObject({ where: `${file}:1`, line: 1, entry: 0 });
    expect(events.flatMap((e) => (e.result.ok ? [] : [e.result.error]))).toEqual([
      `${file}: line 10 is too large (${Buffer.byteLength(lines[9])} bytes; the limit is 1000)`,
      expect.stringMatching(new RegExp(`^${file}: line 20: not valid JSON`)) as unknown as string,
    ]);
    expect(events.at(-1)!.bytesDone).toBe(entries[0]!.kind === 'file' ? entries[0]!.size : -1);
    // Progress grows line by line.
    expect(events[1]!.bytesDone).toBeLessThan(events[2]!.bytesDone);
    await rm(file);
  });

  it('names a bad line by number and reads the others; an all-blank file has no articles', async () => {
    const file = join(dir, 'mixed.jsonl');
    await writeFile(file, `${JSON.stringify({ title: 'A', text: 'Một.' })}\n${JSON.stringify({ title: 'no text' })}\n${Buffer.from([0xe0, 0x20]).toString('latin1')}\n`);
    const results = await readArticleFiles([file]);
    expect(okTitles(results)).toEqual(['A']);
    expect(errors(results)[0]).toMatch(/mixed\.jsonl: line 2: text/);
    const blank = join(dir, 'blank.jsonl');
    await writeFile(blank, '\n  \n');
    expect(errors(await readArticleFiles([blank]))).toEqual([`${blank}: no articles in the file`]);
    await rm(file);
    await rm(blank);
  });
});
