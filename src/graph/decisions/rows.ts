/** Decision rows from Neo4j, checked with zod (the value is JSON text in the graph). */
import { z } from 'zod';
import { DECISION_KINDS, type DecisionRow } from '../../core/decisions/decision.ts';
import type { MergeDecision } from '../../core/reference.ts';
import { identityMerges } from '../../core/decisions/decisions-file.ts';
import { cypherInt, int, optStr, type ReadRunner } from '../read/rows.ts';
import { DECISIONS } from './statements.ts';

const json = z.preprocess((v) => (typeof v === 'string' ? JSON.parse(v) : v ?? null), z.record(z.string(), z.unknown()).nullable());

export const DecisionRowSchema = z.object({
  id: z.string(),
  seq: int,
  kind: z.enum(DECISION_KINDS),
  target: z.string(),
  other: optStr,
  value: json,
  reason: optStr,
  editor: z.string(),
  at: z.string(),
  undoneBy: optStr,
  undoneAt: optStr,
}) satisfies z.ZodType<DecisionRow, unknown>;

async function rows(tx: ReadRunner, query: string, params: Record<string, unknown>): Promise<DecisionRow[]> {
  const result = await tx.run(query, params);
  return result.records.map((r) => DecisionRowSchema.parse(r.toObject()));
}

export const findDecisionsByIds = (tx: ReadRunner, ids: readonly string[]) => rows(tx, DECISIONS['decisions/by-ids'], { ids: [...ids] });
export const allDecisions = (tx: ReadRunner) => rows(tx, DECISIONS['decisions/all'], {});

/** Newest first; `afterSeq` is the seq of the last one seen; `target` narrows to the decisions naming a key. */
export async function listDecisions(tx: ReadRunner, p: { afterSeq: number | null; limit: number; target: string | null }): Promise<DecisionRow[]> {
  return rows(tx, DECISIONS['decisions/list'], { afterSeq: p.afterSeq === null ? null : cypherInt(p.afterSeq), limit: cypherInt(p.limit), target: p.target });
}

export interface IdentityDecisions {
  /** The log's identityVersion: a plan made with another one is stale. */
  version: number;
  merges: MergeDecision[];
  /** The same decisions as recorded (id, kind, actor keys). */
  active: Array<{ id: string; kind: 'merge' | 'split'; target: string; other: string | null }>;
}

const IdentityRow = z.object({
  version: int,
  decisions: z.array(z.object({ id: z.string(), kind: z.enum(DECISION_KINDS), target: z.string(), other: optStr, seq: int })),
});

/** The merge and split decisions in force, for planning loads. */
export async function readIdentityDecisions(tx: ReadRunner): Promise<IdentityDecisions> {
  const result = await tx.run(DECISIONS['decisions/identity'], {});
  const row = IdentityRow.parse(result.records[0]!.toObject());
  return {
    version: row.version,
    merges: identityMerges(row.decisions.map((d) => ({ ...d, undoneBy: null }))),
    active: row.decisions.map((d) => ({ id: d.id, kind: d.kind as 'merge' | 'split', target: d.target, other: d.other })),
  };
}
