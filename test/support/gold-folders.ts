/** The gold folders of this repository, in the owner's format (NN_slug.txt + NN_slug.gold.json). */
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const at = (path: string): string => fileURLToPath(new URL(path, import.meta.url));

export const ROOT = at('../../');

export const GOLD_FOLDERS = {
  /** The real dev corpus (issue 13), filled over time; may hold no gold yet. */
  corpus: at('../fixtures/corpus/'),
  /** The five seed articles (copies of seeds/articles/) and their gold. */
  seeds: at('../fixtures/gold/'),
  /** Six articles written for evaluation, annotated before the extractor ran on them. */
  heldout: at('../fixtures/heldout/'),
} as const;

export type GoldFolderName = keyof typeof GOLD_FOLDERS;

export function goldFiles(dir: string): string[] {
  return readdirSync(dir).filter((name) => name.endsWith('.gold.json')).sort();
}

/** The folders that hold at least one gold file. */
export function foldersWithGold(): [GoldFolderName, string][] {
  return (Object.entries(GOLD_FOLDERS) as [GoldFolderName, string][]).filter(([, dir]) => goldFiles(dir).length > 0);
}
