/**
 * Scores many articles: pairs claims with gold by file name, then micro-averages (sums the counts
 * before taking ratios), so long articles weigh more than short ones.
 */
import type { ArticleClaims, RelationType } from '../claims.ts';
import { RELATION_TYPES } from '../claims.ts';
import type { GoldArticle } from './gold.ts';
import type { Accuracy, Counts, Ratios } from './metrics.ts';
import { addAccuracy, addCounts, computeRatios, emptyCounts, makeAccuracy } from './metrics.ts';
import type { ArticleScore } from './score-article.ts';
import { scoreArticle } from './score-article.ts';

export interface TotalScore extends Counts, Ratios {
  accuracy: Record<string, Accuracy>;
}

export interface CorpusScore {
  articles: ArticleScore[];
  overall: {
    actors: TotalScore;
    pledges: TotalScore;
    relations: TotalScore & { byType: Record<RelationType, Counts & Ratios> };
  };
  /** Gold files the claims did not cover: every gold item there counts as missed. */
  missingClaims: string[];
  /** Claims for articles without gold: not scored. */
  unscoredClaims: string[];
}

/** The file name without folders, which is how gold and claims are paired. */
export function baseName(path: string): string {
  return path.split(/[\\/]/).pop() ?? path;
}

function emptyClaims(gold: GoldArticle): ArticleClaims {
  return {
    article: { id: '', file: gold.file, title: '', published: null, language: 'vi', outlet: null, url: null, body: [], textLength: 0 },
    actors: [], sectors: [], pledges: [], relations: [],
  };
}

function total(parts: { tp: number; fp: number; fn: number; accuracy: Record<string, Accuracy> }[]): TotalScore {
  let counts = emptyCounts();
  const accuracy: Record<string, Accuracy> = {};
  for (const part of parts) {
    counts = addCounts(counts, part);
    for (const [key, value] of Object.entries(part.accuracy)) accuracy[key] = addAccuracy(accuracy[key] ?? makeAccuracy(0, 0), value);
  }
  return { ...counts, ...computeRatios(counts), accuracy };
}

export function scoreCorpus(golds: readonly GoldArticle[], claims: readonly ArticleClaims[]): CorpusScore {
  const claimsByFile = new Map(claims.map((item) => [baseName(item.article.file ?? ''), item]));
  const goldFiles = new Set(golds.map((gold) => baseName(gold.file)));
  const missingClaims: string[] = [];
  const articles = golds.map((gold) => {
    const found = claimsByFile.get(baseName(gold.file));
    if (found === undefined) missingClaims.push(gold.file);
    return scoreArticle(gold, found ?? emptyClaims(gold));
  });
  const unscoredClaims = [...claimsByFile.keys()].filter((file) => !goldFiles.has(file));

  const byType = Object.fromEntries(
    RELATION_TYPES.map((type) => {
      const counts = articles.reduce((sum, article) => addCounts(sum, article.relations.byType[type]), emptyCounts());
      return [type, { ...counts, ...computeRatios(counts) }];
    }),
  ) as Record<RelationType, Counts & Ratios>;

  return {
    articles,
    overall: {
      actors: total(articles.map((article) => article.actors)),
      pledges: total(articles.map((article) => article.pledges)),
      relations: { ...total(articles.map((article) => article.relations)), byType },
    },
    missingClaims,
    unscoredClaims,
  };
}
