/** Plain-text report of a corpus score: one row per article and category, then the totals. */
import type { Accuracy, Counts, Ratios } from './metrics.ts';
import { addCounts, computeRatios, emptyCounts } from './metrics.ts';
import type { CorpusScore } from './score-corpus.ts';

const CATEGORIES = ['actors', 'pledges', 'relations'] as const;

function percent(value: number): string {
  return `${(value * 100).toFixed(1)}`.padStart(6);
}

function row(label: string, category: string, score: Counts & Ratios): string {
  const counts = `${score.tp}`.padStart(4) + `${score.fp}`.padStart(5) + `${score.fn}`.padStart(5);
  return `${label.padEnd(28)}${category.padEnd(11)}${counts}${percent(score.precision)}${percent(score.recall)}${percent(score.f1)}`;
}

function accuracyText(name: string, accuracy: Accuracy): string {
  return accuracy.rate === null ? `${name} -` : `${name} ${(accuracy.rate * 100).toFixed(0)}% (${accuracy.agree}/${accuracy.total})`;
}

function listSection(title: string, items: readonly string[]): string[] {
  return items.length === 0 ? [] : [`    ${title}:`, ...items.map((item) => `      - ${item}`)];
}

export function formatReport(score: CorpusScore, verbose: boolean): string {
  const header = `${'article'.padEnd(28)}${'category'.padEnd(11)}${'  TP   FP   FN'}${'     P'}${'     R'}${'    F1'}`;
  const lines = [header, '-'.repeat(header.length)];
  for (const article of score.articles) {
    for (const category of CATEGORIES) lines.push(row(article.file.replace(/\.[^.]+$/, ''), category, article[category]));
  }
  lines.push('-'.repeat(header.length));
  for (const category of CATEGORIES) lines.push(row('OVERALL (micro)', category, score.overall[category]));
  // FOCUSES_ON is the most numerous and most subjective type: show the rest on their own too.
  const others = Object.entries(score.overall.relations.byType)
    .filter(([type]) => type !== 'FOCUSES_ON')
    .reduce((sum, [, counts]) => addCounts(sum, counts), emptyCounts());
  lines.push(row('OVERALL excl. FOCUSES_ON', 'relations', { ...others, ...computeRatios(others) }));

  lines.push('', 'Agreement of matched items:');
  for (const category of CATEGORIES) {
    const parts = Object.entries(score.overall[category].accuracy).map(([name, accuracy]) => accuracyText(name, accuracy));
    lines.push(`  ${category.padEnd(10)} ${parts.join(', ')}`);
  }
  lines.push('', 'Relations by type (TP/FP/FN, F1):');
  for (const [type, counts] of Object.entries(score.overall.relations.byType)) {
    if (counts.tp + counts.fp + counts.fn === 0) continue;
    lines.push(`  ${type.padEnd(14)} ${counts.tp}/${counts.fp}/${counts.fn}  F1 ${percent(counts.f1).trim()}`);
  }

  if (verbose) {
    for (const article of score.articles) {
      lines.push('', `== ${article.file}`);
      for (const category of CATEGORIES) {
        lines.push(`  ${category}:`);
        lines.push(...listSection('missed (in gold, not extracted)', article[category].misses));
        lines.push(...listSection('false positives (extracted, not in gold)', article[category].falsePositives));
        lines.push(...listSection('disagreements', article[category].disagreements));
      }
    }
  }
  if (score.unscoredClaims.length > 0) lines.push('', `Not scored (no gold): ${score.unscoredClaims.join(', ')}`);
  return `${lines.join('\n')}\n`;
}
