/**
 * Article files → load plans: read (src/io), extract (src/core), validate the claims (zod at the
 * boundary), plan. Each file and article succeeds or fails on its own.
 */
import { ArticleClaims } from '../../core/claims.ts';
import { extractArticle as defaultExtract } from '../../core/extract-article.ts';
import { planArticleLoad } from '../../core/plan/plan-article.ts';
import type { LoadPlan } from '../../core/plan/types.ts';
import type { RawArticle } from '../../core/read/raw-article.ts';
import type { Reference } from '../../core/reference.ts';
import { readArticleFiles } from '../../io/read-articles.ts';

export interface PlanFailure {
  file: string;
  error: string;
}

export interface PlannedFiles {
  plans: LoadPlan[];
  failures: PlanFailure[];
}

export type Extract = (article: RawArticle, reference: Reference) => ArticleClaims;

const firstLine = (e: unknown) => (e instanceof Error ? e.message : String(e)).split('\n')[0]!;

export async function planArticleFiles(paths: string[], reference: Reference, extract: Extract = defaultExtract): Promise<PlannedFiles> {
  const plans: LoadPlan[] = [];
  const failures: PlanFailure[] = [];
  for (const read of await readArticleFiles(paths)) {
    if (!read.ok) {
      failures.push({ file: read.file, error: read.error });
      continue;
    }
    const name = read.article.file ?? read.article.title;
    try {
      const claims = ArticleClaims.parse(extract(read.article, reference));
      plans.push(planArticleLoad(claims, reference, read.article.text));
    } catch (e) {
      failures.push({ file: name, error: `${name}: extraction failed: ${firstLine(e)}` });
    }
  }
  return { plans, failures };
}
