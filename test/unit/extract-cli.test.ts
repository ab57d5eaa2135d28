import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runExtract, type ExtractDeps } from '../../src/cli/extract.ts';
import { ExtractOutput, type ArticleClaims } from '../../src/core/claims.ts';
import { articleId } from '../../src/core/article-id.ts';
import type { RawArticle } from '../../src/core/read/raw-article.ts';
import { findBody } from '../../src/core/text/boilerplate.ts';
import { readArticleFiles } from '../../src/io/read-articles.ts';

const root = new URL('../../', import.meta.url).pathname;

// A stand-in extractor: the real one lives in src/core/extract-article.ts; the CLI is tested on its own.
function fakeExtract(article: RawArticle): ArticleClaims {
  if (article.text.includes('BOOM')) throw new Error('rule exploded\nwith a second line');
  const start = article.text.indexOf('Samsung');
  return {
    article: {
      id: articleId(article.text), file: article.file, title: article.title, published: article.published,
      language: article.language, outlet: article.outlet, url: article.url, body: findBody(article.text), textLength: article.text.length,
    },
    actors: start < 0 ? [] : [{
      id: 'samsung', name: 'Samsung', kind: 'company', aliases: ['Samsung'], country: null, source: 'gazetteer',
      mentions: [{ quote: 'Samsung', start, end: start + 7, rule: 'fake', confidence: 1 }],
    }],
    sectors: [], pledges: [], relations: [],
  };
}

const deps = (overrides: Partial<ExtractDeps> = {}) => async (): Promise<ExtractDeps> => ({
  readReference: async () => ({ gazetteer: [], sectors: [], merges: [] }),
  extractArticle: fakeExtract,
  ...overrides,
});

async function run(argv: string[], load = deps()) {
  let stdout = '';
  const stderr: string[] = [];
  const code = await runExtract(argv, { stdout: (t) => { stdout += t; }, stderr: (l) => stderr.push(l) }, load);
  return { code, stdout, stderr };
}

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'extract-cli-'));
  await writeFile(join(dir, 'a.txt'), 'Samsung đầu tư\nSamsung sẽ đầu tư thêm 1 tỷ USD.\n');
  await writeFile(join(dir, 'b.json'), JSON.stringify({ title: 'B', text: 'Hoà Lạc đón nhà đầu tư.' }));
  await writeFile(join(dir, 'same.txt'), 'Samsung đầu tư\r\nSamsung sẽ đầu tư thêm 1 tỷ USD.\r\n'.normalize('NFD'));
  await writeFile(join(dir, 'boom.txt'), 'BOOM\nNội dung.\n');
  await writeFile(join(dir, 'broken.json'), '{"title": ');
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('extract CLI', () => {
  it('prints one JSON array matching the contract, one element per article', async () => {
    const { code, stdout, stderr } = await run([join(dir, 'a.txt'), join(dir, 'b.json')]);
    expect(code).toBe(0);
    const out = ExtractOutput.parse(JSON.parse(stdout));
    expect(out.map((c) => c.article.title)).toEqual(['Samsung đầu tư', 'B']);
    expect(out[0]!.actors[0]!.mentions[0]!.quote).toBe('Samsung');
    expect(stderr.at(-1)).toMatch(/extracted 2 article/);
  });

  it('names a bad file on stderr, still prints the others, and exits 1', async () => {
    const { code, stdout, stderr } = await run([join(dir, 'broken.json'), join(dir, 'missing.txt'), join(dir, 'a.txt')]);
    expect(code).toBe(1);
    expect(JSON.parse(stdout)).toHaveLength(1);
    expect(stderr.filter((l) => l.startsWith('error:'))).toEqual([
      expect.stringMatching(/broken\.json: not valid JSON/),
      expect.stringMatching(/missing\.txt: no such file/),
    ]);
  });

  it('reports an article whose extraction fails, in one line, and exits 1', async () => {
    const { code, stdout, stderr } = await run([join(dir, 'boom.txt'), join(dir, 'b.json')]);
    expect(code).toBe(1);
    expect(JSON.parse(stdout)).toHaveLength(1);
    expect(stderr).toContain(`error: ${join(dir, 'boom.txt')}: extraction failed: rule exploded`);
  });

  it('rejects output that breaks the contract', async () => {
    const bad = (a: RawArticle) => ({ ...fakeExtract(a), pledges: [{ id: 'x' }] }) as unknown as ArticleClaims;
    const { code, stdout } = await run([join(dir, 'a.txt')], deps({ extractArticle: bad }));
    expect(code).toBe(1);
    expect(JSON.parse(stdout)).toEqual([]);
  });

  it('prints the same article from two paths once', async () => {
    const { code, stdout, stderr } = await run([join(dir, 'a.txt'), join(dir, 'same.txt')]);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toHaveLength(1);
    expect(stderr.some((l) => l.includes('same article'))).toBe(true);
  });

  it('answers --help without loading anything, and refuses no files or bad options', async () => {
    const never = async (): Promise<ExtractDeps> => { throw new Error('should not load'); };
    const help = await run(['--help'], never);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^Usage: npm run --silent extract/);
    expect((await run([], never)).code).toBe(2);
    expect((await run(['--frobnicate', 'a.txt'], never)).code).toBe(2);
  });

  it('exits 2 when reference data cannot be read', async () => {
    const load = deps({ readReference: async () => { throw new Error('seeds/reference/gazetteer.json: not valid JSON'); } });
    const { code, stdout, stderr } = await run([join(dir, 'a.txt')], load);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr[0]).toMatch(/cannot read reference data: .*gazetteer\.json/);
  });

  it('runs as a command', async () => {
    const { stdout } = await promisify(execFile)('npx', ['tsx', 'src/cli/extract.ts', '--help'], { cwd: root });
    expect(stdout).toMatch(/^Usage:/);
  }, 30_000);

  it('extracts the seed articles for real: contract-valid, every quote at its offsets', async () => {
    const { stdout } = await promisify(execFile)('npx', ['tsx', 'src/cli/extract.ts', 'seeds/articles'], { cwd: root, maxBuffer: 64 << 20 });
    const out = ExtractOutput.parse(JSON.parse(stdout));
    expect(out).toHaveLength(5);
    const texts = await readArticleFiles([join(root, 'seeds/articles')]);
    for (const claims of out) {
      const raw = texts.find((r) => r.ok && articleId(r.article.text) === claims.article.id);
      expect(raw?.ok, claims.article.file ?? '').toBe(true);
      const text = raw!.ok ? raw!.article.text : '';
      const evidence = [
        ...claims.actors.flatMap((a) => a.mentions), ...claims.sectors.flatMap((s) => s.mentions),
        ...claims.pledges.flatMap((p) => p.evidence), ...claims.relations.flatMap((r) => r.evidence),
      ];
      for (const e of evidence) expect(text.slice(e.start, e.end)).toBe(e.quote);
    }
  }, 60_000);
});
