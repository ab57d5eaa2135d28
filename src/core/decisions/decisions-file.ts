/**
 * The decisions file (`npm run decisions -- export|import FILE`, seeds/reference/decisions.json): a
 * JSON array of decisions in the order they were made, one readable object per decision, so they can be
 * reviewed in git and moved between graphs. An undone decision is followed by the `undo` that took it
 * back. The old merges.json shape (`{ a, b, decision: "same" | "different", note }`) is read too.
 */
import { z } from 'zod';
import { ActorKind } from '../claims.ts';
import { hashHex } from '../plan/fact-keys.ts';
import type { MergeDecision } from '../reference.ts';
import {
  ActorId, DecisionId, EditorName, FactKey, PledgeCorrection, PledgeId, Reason, keyId, type DecisionRequest, type DecisionRow,
} from './decision.ts';

const base = {
  id: DecisionId,
  reason: Reason,
  editor: EditorName.default('import'),
  /** When it was made (ISO date-time); an import without one records the time of the import. */
  at: z.string().datetime({ offset: true }).optional(),
};

const Merge = z.object({ ...base, kind: z.literal('merge'), keep: ActorId, merge: ActorId }).strict()
  .refine((d) => d.keep !== d.merge, { message: 'an actor cannot be merged with itself' });
const Split = z.object({ ...base, kind: z.literal('split'), actors: z.tuple([ActorId, ActorId]) }).strict()
  .refine((d) => d.actors[0] !== d.actors[1], { message: 'split needs two different actors' });
const Rename = z.object({ ...base, kind: z.literal('rename'), actor: ActorId, name: z.string().trim().min(1).max(300).optional(), actorKind: ActorKind.optional() }).strict()
  .refine((d) => d.name !== undefined || d.actorKind !== undefined, { message: 'rename needs a name, an actorKind or both' });
const Reject = z.object({ ...base, kind: z.literal('reject'), fact: FactKey }).strict();
const Confirm = z.object({ ...base, kind: z.literal('confirm'), fact: FactKey }).strict();
const Correct = z.object({ ...base, kind: z.literal('correct'), pledge: PledgeId, correction: PledgeCorrection }).strict()
  .refine((d) => Object.keys(d.correction).length > 0, { message: 'correct needs at least one field' });
const Undo = z.object({ ...base, kind: z.literal('undo'), decision: DecisionId }).strict();

/** merges.json as it was: `same` is a merge keeping `a`, `different` a split. */
const Legacy = z.object({ a: ActorId, b: ActorId, decision: z.enum(['same', 'different']), note: z.string().optional() }).strict()
  .transform((d) => (d.decision === 'same'
    ? { kind: 'merge' as const, id: `merges-json-${hashHex(`same|${d.a}|${d.b}`, 12)}`, keep: d.a, merge: d.b, reason: d.note ?? null, editor: 'merges.json', at: undefined }
    : { kind: 'split' as const, id: `merges-json-${hashHex(`different|${d.a}|${d.b}`, 12)}`, actors: [d.a, d.b] as [string, string], reason: d.note ?? null, editor: 'merges.json', at: undefined }));

export const DecisionEntry = z.union([Merge, Split, Rename, Reject, Confirm, Correct, Undo, Legacy]);
export type DecisionEntry = z.infer<typeof DecisionEntry>;
export const DecisionsFile = z.array(DecisionEntry).superRefine((list, ctx) => {
  const seen = new Set<string>();
  list.forEach((d, i) => {
    if (seen.has(d.id)) ctx.addIssue({ code: 'custom', path: [i, 'id'], message: `decision id ${d.id} is used twice` });
    seen.add(d.id);
  });
});

/** A file entry → the decision it asks for. */
export function entryToRequest(d: DecisionEntry): DecisionRequest {
  switch (d.kind) {
    case 'merge': return { kind: 'merge', keep: d.keep, merge: d.merge };
    case 'split': return { kind: 'split', actors: d.actors };
    case 'rename': return { kind: 'rename', actor: d.actor, ...(d.name !== undefined ? { name: d.name } : {}), ...(d.actorKind ? { actorKind: d.actorKind } : {}) };
    case 'reject': case 'confirm': return { kind: d.kind, fact: d.fact };
    case 'correct': return { kind: 'correct', pledge: d.pledge, correction: d.correction };
    case 'undo': return { kind: 'undo', decision: d.decision };
  }
}

/** The merges and splits a file leaves in force (its undos applied), for planning without a graph. */
export function fileMerges(entries: readonly DecisionEntry[]): MergeDecision[] {
  const undone = new Set(entries.flatMap((d) => (d.kind === 'undo' ? [d.decision] : [])));
  return entries.flatMap((d): MergeDecision[] => {
    if (undone.has(d.id)) return [];
    if (d.kind === 'merge') return [{ a: d.keep, b: d.merge, decision: 'same' }];
    if (d.kind === 'split') return [{ a: d.actors[0], b: d.actors[1], decision: 'different' }];
    return [];
  });
}

/** A stored decision → its file entry (the undo that took it back is an entry of its own). */
export function decisionToEntry(d: DecisionRow): Record<string, unknown> {
  const head = { id: d.id, kind: d.kind };
  const tail = { reason: d.reason, editor: d.editor, at: d.at };
  switch (d.kind) {
    case 'merge': return { ...head, keep: keyId(d.target), merge: keyId(d.other ?? ''), ...tail };
    case 'split': return { ...head, actors: [keyId(d.target), keyId(d.other ?? '')], ...tail };
    case 'rename': return { ...head, actor: keyId(d.target), ...(d.value?.name !== undefined ? { name: d.value.name } : {}), ...(d.value?.kind !== undefined ? { actorKind: d.value.kind } : {}), ...tail };
    case 'reject': case 'confirm': return { ...head, fact: d.target, ...tail };
    case 'correct': return { ...head, pledge: keyId(d.target), correction: d.value ?? {}, ...tail };
    case 'undo': return { ...head, decision: keyId(d.target), ...tail };
  }
}

/** Active merge and split decisions, oldest first, in the shape the planner replays (`same` keeps `a`). */
export function identityMerges(decisions: ReadonlyArray<Pick<DecisionRow, 'kind' | 'target' | 'other' | 'undoneBy'>>): MergeDecision[] {
  return decisions
    .filter((d) => (d.kind === 'merge' || d.kind === 'split') && d.undoneBy === null && d.other)
    .map((d) => ({ a: keyId(d.target), b: keyId(d.other!), decision: d.kind === 'merge' ? 'same' as const : 'different' as const }));
}

/** Writes decisions as the file holds them: one object per line inside the array, oldest first. */
export function formatDecisionsFile(decisions: readonly DecisionRow[]): string {
  const lines = [...decisions].sort((a, b) => a.seq - b.seq).map((d) => ` ${JSON.stringify(decisionToEntry(d))}`);
  return lines.length ? `[\n${lines.join(',\n')}\n]\n` : '[]\n';
}
