/**
 * Loads the five seed articles the way `npm start --load-seeds` does: read → extract → plan → load.
 * Shared by the export and explorer integration tests (not a test file itself).
 */
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { readArticleFiles } from '../../src/io/read-articles.ts';
import { readReference } from '../../src/io/read-reference.ts';
import { extractArticle } from '../../src/core/extract-article.ts';
import { planArticleLoad } from '../../src/core/plan/plan-article.ts';
import { loadSectors } from '../../src/graph/load/load-sectors.ts';
import { loadArticles } from '../../src/graph/load/load-articles.ts';

export const seedArticlesDir = path.resolve(import.meta.dirname, '../../seeds/articles');

export async function loadSeedGraph(driver: Driver): Promise<{ loaded: number }> {
  const reference = await readReference();
  const read = await readArticleFiles([seedArticlesDir]);
  const plans = read.flatMap((r) => (r.ok ? [planArticleLoad(extractArticle(r.article, reference), reference, r.article.text)] : []));
  if (plans.length !== read.length) throw new Error('a seed article could not be read');
  const session = driver.session();
  try {
    await session.executeWrite((tx) => loadSectors(tx, reference));
  } finally {
    await session.close();
  }
  const result = await loadArticles(driver, plans);
  if (result.failures.length) throw new Error(`seed load failed: ${result.failures.map((f) => f.error).join('; ')}`);
  return { loaded: result.loaded };
}
