import { z } from 'zod';
import { cypherInt, int, optStr, readRows, type ReadRunner } from './rows.ts';

export const ArticleRow = z.object({
  id: z.string(),
  title: z.string(),
  published: optStr,
  outlet: optStr,
  url: optStr,
  language: optStr,
  textLength: int,
});
export type ArticleRow = z.infer<typeof ArticleRow>;

export async function findArticlesByIds(tx: ReadRunner, params: { ids: readonly string[] }): Promise<ArticleRow[]> {
  return readRows(tx, 'read/articles-by-ids', { ids: [...params.ids] }, ArticleRow);
}

const TextRow = z.object({ id: z.string(), text: z.string() });

/** Article texts are fetched only when asked for: they are the one large property. */
export async function findArticleTexts(tx: ReadRunner, params: { ids: readonly string[] }) {
  return readRows(tx, 'read/article-texts', { ids: [...params.ids] }, TextRow);
}

export interface ArticleListParams {
  outlet: string | null;
  /** A language code ("en"); "en" also takes regional codes such as "en-GB". */
  language?: string | null;
  since: string | null;
  until: string | null;
  mentions: string | null;
  after: { key: string; id: string } | null;
  limit: number;
}

const ArticleListRow = ArticleRow.extend({ sortKey: z.string() });

/** Newest first (undated last), then by id. */
export async function listArticles(tx: ReadRunner, p: ArticleListParams) {
  const params = {
    outlet: p.outlet, language: p.language ?? null, since: p.since, until: p.until, mentions: p.mentions,
    afterKey: p.after?.key ?? null, afterId: p.after?.id ?? null, limit: cypherInt(p.limit),
  };
  return readRows(tx, 'read/articles-list', params, ArticleListRow);
}
