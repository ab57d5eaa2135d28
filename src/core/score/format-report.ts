/** The plain-text report of `npm run score`: figures per part, then (verbose) tuning detail. */
import { METRICS, summaryLine, type Report } from './counts.ts';
import { partOf, type PartSelection } from './parts.ts';
import type { ArticleScore } from './score-article.ts';
import { reportPart } from './score-folder.ts';

function num(value: number, width: number): string {
  return String(value).padStart(width);
}

function rows(label: string, report: Report): string[] {
  return METRICS.flatMap((metric) => {
    const f = report[metric];
    if (!f) return [];
    return [`${label.padEnd(8)}${metric.padEnd(17)}${num(f.precision, 7)}${num(f.recall, 7)}${num(f.f1, 7)}${num(f.tp, 6)}${num(f.np, 6)}${num(f.ng, 6)}${num(f.ok, 6)}`];
  });
}

/** Per-article detail, in score.mjs's wording; blind articles are never detailed. */
export function detailLines(articles: readonly ArticleScore[]): string[] {
  return articles.flatMap(({ stem, found, detail }) => {
    if (partOf(stem) === 'blind') return [];
    if (!found) return [`  ${stem}: no extraction result`];
    return [
      ...detail.missedPledges.map((line) => `  ${stem} missed pledge: ${line}`),
      ...detail.missedRelations.map((line) => `  ${stem} missed relation: ${line}`),
      `  ${stem} actors missed: ${detail.missedActors.join(', ') || '-'}`,
      `  ${stem} actors extra: ${detail.extraActors.join(', ') || '-'}`,
    ];
  });
}

export function formatReport(folder: string, articles: readonly ArticleScore[], selection: PartSelection, verbose: boolean): string {
  const tuning = articles.filter((article) => partOf(article.stem) === 'tuning').length;
  const blind = articles.length - tuning;
  const lines = [`${folder}: ${articles.length} gold article(s), ${tuning} tuning, ${blind} blind (NN divisible by 3)`];
  const parts: PartSelection[] = selection === 'all' ? ['tuning', 'blind', 'all'] : [selection];
  lines.push('', `${'part'.padEnd(8)}${'metric'.padEnd(17)}${'P'.padStart(7)}${'R'.padStart(7)}${'F1'.padStart(7)}${'tp'.padStart(6)}${'np'.padStart(6)}${'ng'.padStart(6)}${'ok'.padStart(6)}`);
  for (const part of parts) lines.push(...rows(part, reportPart(articles, part)));
  lines.push('', `${selection}: ${summaryLine(reportPart(articles, selection)) || 'no gold scored'}`);
  if (verbose) {
    const shown = articles.filter((article) => selection === 'all' || partOf(article.stem) === selection);
    lines.push('', 'Detail (tuning articles only):', ...detailLines(shown));
    const withheld = shown.filter((article) => partOf(article.stem) === 'blind').length;
    if (withheld > 0) lines.push(`  (${withheld} blind article(s): scored only in aggregate, no detail)`);
  }
  return `${lines.join('\n')}\n`;
}
