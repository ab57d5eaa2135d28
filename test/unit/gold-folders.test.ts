/**
 * Every gold folder is in the owner's format and passes the owner's checks: the zod schema of
 * src/core/score/gold.ts, verbatim aliases and quotes, the vendored check_gold.py (when python3 is
 * on the machine), and for the seeds' gold, article copies identical to seeds/articles/.
 */
import { execFile, execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { GoldArticle } from '../../src/core/score/gold.ts';
import { GOLD_FOLDERS, ROOT, foldersWithGold, goldFiles } from '../support/gold-folders.ts';

const python = (() => {
  try {
    execFileSync('python3', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

describe.each(foldersWithGold())('gold folder %s', (_name, dir) => {
  const names = goldFiles(dir);

  it('pairs every gold file with its article, and names it', () => {
    for (const name of names) {
      const gold = GoldArticle.parse(JSON.parse(readFileSync(join(dir, name), 'utf8')));
      expect(gold.article, name).toBe(name.replace(/\.gold\.json$/, '.txt'));
      expect(readdirSync(dir), name).toContain(gold.article);
    }
  });

  it('fits the gold schema, with aliases and quotes verbatim from the text', () => {
    for (const name of names) {
      const parsed = GoldArticle.safeParse(JSON.parse(readFileSync(join(dir, name), 'utf8')));
      expect(parsed.error?.issues ?? [], name).toEqual([]);
      const gold = parsed.data!;
      const text = readFileSync(join(dir, gold.article), 'utf8');
      for (const alias of gold.actors.flatMap((actor) => actor.aliases)) expect(text.includes(alias), `${name}: alias ${alias}`).toBe(true);
      for (const item of [...gold.pledges, ...gold.relations]) expect(text.includes(item.quote), `${name}: quote ${item.quote}`).toBe(true);
    }
  });

  it.skipIf(!python)('passes check_gold.py', async () => {
    const run = promisify(execFile)('python3', [join(ROOT, 'test/corpus-tools/check_gold.py'), dir]);
    await expect(run).resolves.toMatchObject({ stdout: expect.stringContaining('errors: 0') });
  }, 30_000);
});

describe('the seeds gold folder', () => {
  it('holds byte copies of seeds/articles/ (texts and manifest)', () => {
    const seeds = join(ROOT, 'seeds/articles');
    const copies = readdirSync(GOLD_FOLDERS.seeds).filter((name) => name.endsWith('.txt') || name === 'manifest.json').sort();
    expect(copies).toEqual(readdirSync(seeds).sort());
    for (const name of copies) expect(readFileSync(join(GOLD_FOLDERS.seeds, name)).equals(readFileSync(join(seeds, name))), name).toBe(true);
  });
});
