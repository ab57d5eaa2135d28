export { GoldArticle, GoldActor, GoldPledge, GoldRelation } from './gold.ts';
export { foldName } from './fold-name.ts';
export { scoreArticle } from './score-article.ts';
export type { ArticleScore } from './score-article.ts';
export { scoreCorpus, baseName } from './score-corpus.ts';
export type { CorpusScore, TotalScore } from './score-corpus.ts';
