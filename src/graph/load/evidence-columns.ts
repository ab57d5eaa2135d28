import type { EvidenceRow, LoadPlan } from '../../core/plan/types.ts';

/**
 * The Evidence of new articles as create-evidence takes it: one list per property (each a parameter) and, per article,
 * the range of its rows. Sent as rows of maps, 770k Evidence at 10k articles cost the driver and Neo4j
 * ten map keys each to pack and unpack, and one Article lookup each; as columns, neither.
 */
export interface EvidenceColumns {
  articles: Array<{ id: string; from: number; to: number }>;
  columns: { [K in keyof EvidenceRow]: Array<EvidenceRow[K]> };
}

export function evidenceColumns(plans: readonly LoadPlan[]): EvidenceColumns {
  const columns: EvidenceColumns['columns'] = {
    id: [], factKey: [], articleId: [], quote: [], start: [], end: [], rule: [], confidence: [], date: [], mentions: [],
  };
  const articles: EvidenceColumns['articles'] = [];
  for (const plan of plans) {
    if (!plan.evidence.length) continue;
    const from = columns.id.length;
    for (const e of plan.evidence) {
      columns.id.push(e.id);
      columns.factKey.push(e.factKey);
      columns.articleId.push(e.articleId);
      columns.quote.push(e.quote);
      columns.start.push(e.start);
      columns.end.push(e.end);
      columns.rule.push(e.rule);
      columns.confidence.push(e.confidence);
      columns.date.push(e.date);
      columns.mentions.push(e.mentions);
    }
    articles.push({ id: plan.article.id, from, to: columns.id.length });
  }
  return { articles, columns };
}
