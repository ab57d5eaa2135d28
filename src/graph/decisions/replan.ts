/**
 * Merge and split decisions change which node an actor's mentions resolve to, so the articles that
 * mention the actors are planned again — re-extracted from the text and metadata the graph stores, with
 * the merge and split decisions now in force — and loaded in the decision's transaction, exactly as a
 * load of those articles would be (a later load of the same files finds them unchanged).
 */
import { z } from 'zod';
import { ArticleClaims } from '../../core/claims.ts';
import { extractArticle } from '../../core/extract-article.ts';
import { planArticleLoad } from '../../core/plan/plan-article.ts';
import type { LoadPlan } from '../../core/plan/types.ts';
import type { Reference } from '../../core/reference.ts';
import { loadArticleGroup } from '../load/load-article.ts';
import type { Extract } from '../load/plan-files.ts';
import type { Runner } from '../load/statements.ts';
import { optStr } from '../read/rows.ts';
import { readIdentityDecisions } from './rows.ts';
import { DECISIONS } from './statements.ts';

export interface ReplanDeps {
  /** The gazetteer and sectors the articles are extracted with (its merges are replaced by the graph's). */
  reference: Reference;
  /** Defaults to the real extractor. */
  extract?: Extract;
}

const Source = z.object({ id: z.string(), file: optStr, title: z.string(), text: z.string(), published: optStr, outlet: optStr, url: optStr, language: z.string() });

const CHUNK = 100;

/** Articles that mention any of these actors (`actor:<id>` keys). */
export async function articlesMentioning(tx: Runner, actorKeys: readonly string[]): Promise<string[]> {
  const result = await tx.run(DECISIONS['decisions/articles-mentioning'], { keys: [...actorKeys] });
  return result.records.map((r) => r.get('id') as string);
}

/** Re-plans and loads these articles with the graph's merge and split decisions; returns how many changed. */
export async function replanArticles(tx: Runner, articleIds: readonly string[], deps: ReplanDeps): Promise<{ replanned: number; warnings: string[] }> {
  if (!articleIds.length) return { replanned: 0, warnings: [] };
  const { merges } = await readIdentityDecisions(tx);
  const reference: Reference = { ...deps.reference, merges };
  const extract = deps.extract ?? extractArticle;
  const warnings: string[] = [];
  let replanned = 0;
  for (let i = 0; i < articleIds.length; i += CHUNK) {
    const result = await tx.run(DECISIONS['decisions/article-sources'], { ids: articleIds.slice(i, i + CHUNK) });
    const plans: LoadPlan[] = [];
    for (const r of result.records) {
      const s = Source.parse(r.toObject());
      const { id, ...article } = s;
      const claims = ArticleClaims.parse(extract({ ...article, published: s.published as never }, reference));
      const plan = planArticleLoad(claims, reference, s.text);
      // The id is a hash of the stored text: a mismatch means the text was stored by another version.
      if (plan.article.id !== id) warnings.push(`article ${id}: re-extracted text hashes to ${plan.article.id}; left as it was`);
      else plans.push(plan);
    }
    const { statuses } = await loadArticleGroup(tx, plans);
    replanned += statuses.filter((s) => s.status === 'loaded').length;
  }
  return { replanned, warnings };
}
