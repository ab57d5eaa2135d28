import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import neo4j, { type Driver } from 'neo4j-driver';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { runLoad, type LoadCliDeps } from '../../src/cli/load.ts';
import { ensureSeedsLoaded } from '../../src/graph/load/ensure-seeds.ts';
import { readReference } from '../../src/io/read-reference.ts';
import { generateCorpus } from '../../bench/corpus/generate.ts';
import { count, dumpGraph } from '../fixtures/claims/load-helpers.ts';
import { createTestDriver, resetGraph, testNeo4jUri } from '../support/neo4j.ts';

let driver: Driver;
let dir: string;
beforeAll(() => {
  driver = createTestDriver();
  dir = mkdtempSync(join(tmpdir(), 'load-cli-'));
  writeFileSync(join(dir, 'a.txt'), 'Samsung mở rộng đầu tư\nTập đoàn Samsung sẽ đầu tư thêm 1 tỷ USD vào Việt Nam trong năm 2025.\n');
  writeFileSync(join(dir, 'b.txt'), 'Nvidia hợp tác với Việt Nam\nNvidia ký kết hợp tác với Bộ Kế hoạch và Đầu tư về trí tuệ nhân tạo.\n');
  writeFileSync(join(dir, 'broken.txt'), Buffer.from([0x41, 0x00, 0x42]));
});
afterAll(async () => {
  await driver.close();
  rmSync(dir, { recursive: true, force: true });
});
beforeEach(async () => {
  await resetGraph(driver);
});

function cli() {
  const out: string[] = [];
  const err: string[] = [];
  const deps: LoadCliDeps = {
    readReference: () => readReference(),
    connect: async () => {
      const d = neo4j.driver(testNeo4jUri());
      return { driver: d, database: undefined, uri: testNeo4jUri(), close: () => d.close() };
    },
  };
  const run = (...argv: string[]) => runLoad(argv, { stdout: (t) => out.push(t), stderr: (l) => err.push(l) }, deps);
  return { run, out, err };
}

describe('npm run load', () => {
  it('loads the readable files, names the broken one, prints a summary and exits 1', async () => {
    const { run, out, err } = cli();
    expect(await run(dir)).toBe(1);
    expect(err.join('\n')).toMatch(/broken\.txt.*binary/);
    expect(out.join('')).toMatch(/^articles: 2 loaded, 0 unchanged, 0 failed/);
    expect(out.join('')).toMatch(/actors: [1-9]\d* created/);
    expect(await count(driver, 'MATCH (a:Article) RETURN count(a)')).toBe(2);
    expect(await count(driver, 'MATCH (s:Sector) RETURN count(s)')).toBe((await readReference()).sectors.length);
  });

  it('a second run changes nothing and says so', async () => {
    const first = cli();
    await first.run(join(dir, 'a.txt'), join(dir, 'b.txt'));
    const before = await dumpGraph(driver);
    const second = cli();
    expect(await second.run(join(dir, 'a.txt'), join(dir, 'b.txt'), '--concurrency', '2')).toBe(0);
    expect(second.out.join('')).toMatch(/^articles: 0 loaded, 2 unchanged, 0 failed/);
    expect(await dumpGraph(driver)).toEqual(before);
  });

  it('--dry-run prints the plans and writes nothing', async () => {
    const { run, out } = cli();
    expect(await run('--dry-run', join(dir, 'a.txt'))).toBe(0);
    const plans = JSON.parse(out.join('')) as { article: { claimsHash: string }; actors: { id: string }[] }[];
    expect(plans).toHaveLength(1);
    expect(plans[0]!.actors.map((a) => a.id)).toContain('vietnam');
    expect((await countAll())).toBe(0);
  });

  it('rejects bad usage with exit code 2 and a one-line error', async () => {
    const { run, err } = cli();
    expect(await run()).toBe(2);
    expect(await run('--concurrency', 'many', dir)).toBe(2);
    expect(await run('--frobnicate', dir)).toBe(2);
    expect(err).toHaveLength(3);
    expect(err.every((line) => line.startsWith('load: ') && !line.includes('\n'))).toBe(true);
    expect(await countAll()).toBe(0);
  });
});

describe('npm run load with a JSON Lines corpus over the 5 MB file limit', () => {
  it('streams it line by line: every good line loads, the oversized and the broken line are named, exit 1', async () => {
    const articles = generateCorpus(await readReference(), { size: 800 });
    const lines = articles.map((a) => JSON.stringify({ title: a.title, text: a.text, published: a.published, outlet: a.outlet, url: a.url }));
    lines.splice(400, 0, JSON.stringify({ title: 'huge', text: 'chữ '.repeat(1_500_000) }), '{"title": "broken"');
    const file = join(dir, 'corpus.jsonl');
    writeFileSync(file, `${lines.join('\n')}\n`);
    const { statSync } = await import('node:fs');
    expect(statSync(file).size).toBeGreaterThan(10 * 1024 * 1024);
    const { run, out, err } = cli();
    expect(await run(file, '--per-transaction', '50')).toBe(1);
    expect(out.join('')).toMatch(/^articles: 800 loaded, 0 unchanged, 0 failed/);
    expect(err.filter((l) => !l.startsWith('decisions: '))).toEqual([
      expect.stringMatching(/^error: .*corpus\.jsonl: line 401 is too large \(\d+ bytes; the limit is 5242880\)$/),
      expect.stringMatching(/^error: .*corpus\.jsonl: line 402: not valid JSON/),
    ]);
    expect(await count(driver, 'MATCH (a:Article) RETURN count(a)')).toBe(800);
  }, 240_000);
});

async function countAll() {
  return count(driver, 'MATCH (n) RETURN count(n)');
}

describe('ensureSeedsLoaded', () => {
  it('loads seeds/articles once; the second call finds them unchanged and writes nothing', async () => {
    const logs: string[] = [];
    const first = await ensureSeedsLoaded(driver, { log: (l) => logs.push(l) });
    expect(first.failures).toEqual([]);
    expect(first.planFailures).toEqual([]);
    expect(first.loaded).toBe(5);
    const before = await dumpGraph(driver);
    const second = await ensureSeedsLoaded(driver);
    expect(second.unchanged).toBe(5);
    expect(second.loaded).toBe(0);
    expect(await dumpGraph(driver)).toEqual(before);
    expect(logs.at(-1)).toMatch(/5 loaded/);
  });
});
