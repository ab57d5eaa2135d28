/**
 * Loads the seed articles (seeds/articles/) the same way `npm run load` does. Quick when they are
 * already in the graph: unchanged articles are recognised by their claimsHash and skipped.
 */
import type { Driver } from 'neo4j-driver';
import { fileURLToPath } from 'node:url';
import { readReference } from '../../io/read-reference.ts';
import { prepareLoad } from '../decisions/prepare-load.ts';
import { loadArticles, type LoadArticlesResult } from './load-articles.ts';
import { loadSectors } from './load-sectors.ts';
import { planArticleFiles, type PlanFailure } from './plan-files.ts';

export const seedArticlesDir = fileURLToPath(new URL('../../../seeds/articles/', import.meta.url));

export interface EnsureSeedsOptions {
  database?: string;
  log?: (line: string) => void;
  /** Defaults to seeds/articles/ of this checkout. */
  dir?: string;
}

export async function ensureSeedsLoaded(driver: Driver, options: EnsureSeedsOptions = {}): Promise<LoadArticlesResult & { planFailures: PlanFailure[] }> {
  const { database, log = () => {} } = options;
  const reference = await readReference();
  const session = driver.session({ database, defaultAccessMode: 'WRITE' });
  try {
    await session.executeWrite((tx) => loadSectors(tx, reference));
  } finally {
    await session.close();
  }
  // The seeds' decisions first (new ones only), then plans that replay the graph's merges and splits.
  const prepared = await prepareLoad(driver, reference, { database });
  if (prepared.imported?.imported) log(`decisions: ${prepared.imported.imported} imported from seeds/reference/decisions.json`);
  const { plans, failures: planFailures } = await planArticleFiles([options.dir ?? seedArticlesDir], prepared.reference);
  for (const f of planFailures) log(`seed not loaded: ${f.error}`);
  const result = await loadArticles(driver, plans, { database, identityVersion: prepared.identity.version });
  for (const f of result.failures) log(`seed not loaded: ${f.file ?? f.articleId}: ${f.error}`);
  log(`seeds: ${result.loaded} loaded, ${result.unchanged} unchanged, ${result.failures.length + planFailures.length} failed`);
  return { ...result, planFailures };
}
