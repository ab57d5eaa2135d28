/** A gold folder against an extraction output: score.mjs's pairing of gold files with results. */
import { reportOf, type Report } from './counts.ts';
import type { GoldEntry } from './gold.ts';
import { inSelection, type PartSelection } from './parts.ts';
import type { ScorableArticle } from './scorable.ts';
import { scoreArticle, type ArticleScore } from './score-article.ts';

/** POSIX basename, as node:path gives it on the systems the owner's script runs on. */
function baseName(path: string): string {
  const trimmed = path.replace(/\/+$/, '');
  return trimmed.slice(trimmed.lastIndexOf('/') + 1);
}

/** The names an extraction result may go by: its file, source, path, id or slug, without `.txt`. */
function keysOf(result: ScorableArticle): string[] {
  const article = result.article ?? {};
  return [article.file, article.source, article.path, article.id, article.slug]
    .filter((value): value is string => Boolean(value))
    .map((value) => baseName(String(value)).replace(/\.txt$/, ''));
}

/** The first result whose name is the stem, ends with it, or is its end (`000_<id>` and `<id>`). */
export function findResult(stem: string, results: readonly ScorableArticle[]): ScorableArticle | undefined {
  return results.find((result) => keysOf(result).some((key) => key === stem || key.endsWith(stem) || stem.endsWith(key)));
}

/** Every gold file of the folder, in file-name order, scored against its result. */
export function scoreFolder(golds: readonly GoldEntry[], results: readonly ScorableArticle[]): ArticleScore[] {
  const file = (entry: GoldEntry): string => `${entry.stem}.gold.json`;
  return [...golds]
    .sort((a, b) => (file(a) < file(b) ? -1 : file(a) > file(b) ? 1 : 0))
    .map(({ stem, gold }) => scoreArticle(stem, gold, findResult(stem, results)));
}

/** The figures score.mjs prints for the articles of one part (all: the whole folder). */
export function reportPart(articles: readonly ArticleScore[], selection: PartSelection): Report {
  return reportOf(articles.filter((article) => inSelection(article.stem, selection)));
}
