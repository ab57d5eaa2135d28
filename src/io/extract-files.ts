/**
 * Extraction of a list of article files in-process, with the same results as
 * `npm run --silent extract -- FILES…` prints (contract-validated, one result per article id).
 */
import { ArticleClaims } from '../core/claims.ts';
import { extractArticle } from '../core/extract-article.ts';
import type { Reference } from '../core/reference.ts';
import { readArticleFiles } from './read-articles.ts';
import { readReference } from './read-reference.ts';

export interface ExtractedFiles {
  claims: ArticleClaims[];
  /** Stored text of each extracted article, by article id: what evidence offsets point into. */
  texts: Map<string, string>;
  /** One line per file or article that could not be read or extracted. */
  errors: string[];
}

export async function extractFiles(paths: string[], reference?: Reference): Promise<ExtractedFiles> {
  const ref = reference ?? (await readReference());
  const claims: ArticleClaims[] = [];
  const texts = new Map<string, string>();
  const errors: string[] = [];
  for (const result of await readArticleFiles(paths)) {
    if (!result.ok) {
      errors.push(result.error);
      continue;
    }
    try {
      const extracted = ArticleClaims.parse(extractArticle(result.article, ref));
      if (texts.has(extracted.article.id)) continue; // the same article twice is printed once
      claims.push(extracted);
      texts.set(extracted.article.id, result.article.text);
    } catch (e) {
      errors.push(`${result.article.file ?? result.article.title}: extraction failed: ${((e as Error).message ?? String(e)).split('\n')[0]}`);
    }
  }
  return { claims, texts, errors };
}
