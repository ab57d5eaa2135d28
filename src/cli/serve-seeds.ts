/**
 * `serve --load-seeds`: the seed articles into the graph before serving. Loading is idempotent (an
 * article whose claims did not change is skipped), so running it on every start is cheap.
 */
import { fileURLToPath } from 'node:url';
import { extractArticle } from '../core/extract-article.ts';
import { planArticleLoad } from '../core/plan/plan-article.ts';
import type { GraphConnection } from '../graph/connect.ts';
import { loadArticles } from '../graph/load/load-articles.ts';
import { loadSectors } from '../graph/load/load-sectors.ts';
import { readArticleFiles } from '../io/read-articles.ts';
import { readReference } from '../io/read-reference.ts';

const SEED_DIR = fileURLToPath(new URL('../../seeds/articles/', import.meta.url));

export async function loadSeedsIfAvailable(graph: Pick<GraphConnection, 'driver' | 'database'>, log: (message: string) => void): Promise<void> {
  const reference = await readReference();
  const session = graph.driver.session({ database: graph.database });
  try {
    await session.executeWrite((tx) => loadSectors(tx, reference));
  } finally {
    await session.close();
  }
  const read = await readArticleFiles([SEED_DIR]);
  for (const r of read) if (!r.ok) log(`seed skipped: ${r.error}`);
  const plans = read.flatMap((r) => (r.ok ? [planArticleLoad(extractArticle(r.article, reference), reference, r.article.text)] : []));
  const result = await loadArticles(graph.driver, plans, { database: graph.database });
  for (const f of result.failures) log(`seed failed: ${f.file ?? f.articleId}: ${f.error}`);
  log(`seeds: ${result.loaded} loaded, ${result.unchanged} unchanged, ${result.failures.length} failed`);
}
