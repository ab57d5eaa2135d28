/**
 * Reading a gold folder in the owner's format: every `NN_slug.gold.json`, validated with the zod
 * schema of `src/core/score/gold.ts`, and the `.txt` files the extractor reads.
 */
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { GoldArticle, type GoldEntry } from '../core/score/gold.ts';

export const GOLD_SUFFIX = '.gold.json';

/** Thrown for a gold file that is not JSON or not in the format; the message names the file. */
export class GoldFileError extends Error {
  override readonly name = 'GoldFileError';
}

export async function readGoldFolder(dir: string): Promise<GoldEntry[]> {
  const names = (await readdir(dir)).filter((name) => name.endsWith(GOLD_SUFFIX)).sort();
  return Promise.all(
    names.map(async (name) => {
      const path = join(dir, name);
      let json: unknown;
      try {
        json = JSON.parse(await readFile(path, 'utf8'));
      } catch (e) {
        throw new GoldFileError(`${path}: not JSON: ${(e as Error).message}`);
      }
      const parsed = GoldArticle.safeParse(json);
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        throw new GoldFileError(`${path}: ${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'not in the gold format'}`);
      }
      return { stem: name.slice(0, -GOLD_SUFFIX.length), gold: parsed.data };
    }),
  );
}

/** The article files of a gold folder (`DIR/*.txt`, sorted), as `npm run extract -- DIR/*.txt` reads them. */
export async function listTextFiles(dir: string): Promise<string[]> {
  return (await readdir(dir)).filter((name) => name.endsWith('.txt')).sort().map((name) => join(dir, name));
}
