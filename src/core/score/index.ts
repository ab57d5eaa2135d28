export { GoldArticle, GoldActor, GoldPledge, GoldRelation, type GoldEntry } from './gold.ts';
export { ScorableArticle, ScorableOutput } from './scorable.ts';
export { foldKey } from './fold-key.ts';
export { METRICS, reportOf, summaryLine, toFigures, type Counts, type Figures, type Metric, type Report } from './counts.ts';
export { PARTS, partOf, inSelection, type Part, type PartSelection } from './parts.ts';
export { scoreArticle, type ArticleScore } from './score-article.ts';
export { scoreFolder, reportPart, findResult } from './score-folder.ts';
export { Floor, checkFloor, raiseFloor, DEFAULT_TOLERANCE } from './floor.ts';
export { formatReport, detailLines } from './format-report.ts';
