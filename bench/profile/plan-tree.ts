/** Reading a PROFILE result: total db hits and the operators that make most of them. */
import type { ResultSummary } from 'neo4j-driver';

interface PlanNode {
  operatorType: string;
  dbHits: number;
  rows: number;
  arguments: Record<string, unknown>;
  children: PlanNode[];
}

function flatten(p: PlanNode, out: PlanNode[] = []): PlanNode[] {
  out.push(p);
  for (const c of p.children) flatten(c, out);
  return out;
}

/** db hits over the whole plan, and one line per costliest operator (`top` of them). */
export function profileSummary(summary: ResultSummary, top: number): { hits: number; operators: string[] } {
  const ops = summary.profile ? flatten(summary.profile as unknown as PlanNode) : [];
  return {
    hits: ops.reduce((s, o) => s + o.dbHits, 0),
    operators: [...ops].sort((a, b) => b.dbHits - a.dbHits).slice(0, top)
      .map((o) => `${o.operatorType} ${o.dbHits} hits ${o.rows} rows ${String(o.arguments['Details'] ?? '').slice(0, 110)}`),
  };
}
