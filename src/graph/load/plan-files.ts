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
import { listArticleInputs, streamArticles, type InputEntry, type ReadEvent } from '../../io/read-articles.ts';

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

/** One article read and planned (or why it could not be), and where the reader stands. */
export type PlanEvent = Omit<ReadEvent, 'result'> & ({ ok: true; plan: LoadPlan } | { ok: false; failure: PlanFailure });

function planOne(read: ReadEvent['result'], reference: Reference, extract: Extract): { ok: true; plan: LoadPlan } | { ok: false; failure: PlanFailure } {
  if (!read.ok) return { ok: false, failure: { file: read.file, error: read.error } };
  const name = read.article.file ?? read.article.title;
  try {
    const claims = ArticleClaims.parse(extract(read.article, reference));
    return { ok: true, plan: planArticleLoad(claims, reference, read.article.text) };
  } catch (e) {
    return { ok: false, failure: { file: name, error: `${name}: extraction failed: ${firstLine(e)}` } };
  }
}

/** Reads, extracts and plans one article at a time, as the consumer pulls: memory stays flat. */
export async function* streamPlans(entries: readonly InputEntry[], reference: Reference, extract: Extract = defaultExtract): AsyncGenerator<PlanEvent> {
  for await (const { result, ...at } of streamArticles(entries)) {
    yield { ...at, ...planOne(result, reference, extract) };
  }
}

export async function planArticleFiles(paths: string[], reference: Reference, extract: Extract = defaultExtract): Promise<PlannedFiles> {
  const plans: LoadPlan[] = [];
  const failures: PlanFailure[] = [];
  for await (const event of streamPlans(await listArticleInputs(paths), reference, extract)) {
    if (event.ok) plans.push(event.plan);
    else failures.push(event.failure);
  }
  return { plans, failures };
}
