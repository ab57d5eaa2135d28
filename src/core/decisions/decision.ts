/**
 * Decisions: corrections a person makes to the graph, kept as data and replayed on every load.
 * The shapes here are the single source of truth for the GraphQL mutations (after their own input
 * checks), the `npm run decisions` file format and the `:Decision` nodes.
 */
import { z } from 'zod';
import { ActorKind, PledgeStatus, RELATION_TYPES } from '../claims.ts';

export const DECISION_KINDS = ['merge', 'split', 'rename', 'reject', 'confirm', 'correct', 'undo'] as const;
export type DecisionKind = (typeof DECISION_KINDS)[number];

/** Kinds that change which node an actor resolves to: replayed by the planner, applied by re-planning articles. */
export const IDENTITY_KINDS: ReadonlySet<DecisionKind> = new Set(['merge', 'split']);
/** Kinds that change one actor, relation or pledge in place: applied to it, re-applied when a load recreates it. */
export const TARGET_KINDS: ReadonlySet<DecisionKind> = new Set(['rename', 'reject', 'confirm', 'correct']);

/** What a person has said about a fact; EXTRACTED: nobody has yet. */
export const REVIEW_STATUSES = ['EXTRACTED', 'CONFIRMED', 'CORRECTED', 'REJECTED'] as const;
export type ReviewStatus = (typeof REVIEW_STATUSES)[number];

export const ActorId = z.string().max(200).regex(/^[a-z0-9][a-z0-9-]*$/, 'an actor key is lower-case letters, digits and dashes');
export const PledgeId = z.string().max(100).regex(/^p-[a-z0-9-]+$/, 'a pledge key looks like p-0123456789abcdef');
export const DecisionId = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/, 'a decision id is 1-128 letters, digits and ._-');
export const Reason = z.string().trim().max(2000).nullish().transform((v) => (v ? v : null));
export const EditorName = z.string().min(1).max(64);

export interface RelationKey { type: (typeof RELATION_TYPES)[number]; from: string; to: string; role: string | null }

/** `rel:<TYPE>:<from>:<to>[:<role>]` → its parts, or null when it is not one. */
export function parseRelationKey(key: string): RelationKey | null {
  const parts = key.split(':');
  if (parts.length < 4 || parts[0] !== 'rel') return null;
  const [, type, from, to, ...role] = parts;
  if (!(RELATION_TYPES as readonly string[]).includes(type!) || !ActorId.safeParse(from).success || !/^[a-z0-9][a-z0-9-]*$/.test(to!)) return null;
  return { type: type as RelationKey['type'], from: from!, to: to!, role: role.length ? role.join(':') : null };
}

/** A relation's key (`rel:…`) or a pledge's (`pledge:p-…`): what reject and confirm point at. */
export const FactKey = z.string().max(1000).refine((k) => parseRelationKey(k) !== null || (k.startsWith('pledge:') && PledgeId.safeParse(k.slice(7)).success), {
  message: 'a fact key is rel:<TYPE>:<from>:<to>[:<role>] (a relation\'s `key`) or pledge:<pledge key>',
});

const Year = z.number().int().min(1900).max(2200);

/** New values for a pledge's fields; a field left out keeps what extraction (or an earlier correction) says. */
export const PledgeCorrection = z.object({
  amount: z.number().finite().nonnegative().nullable().optional(),
  unit: z.string().trim().min(1).max(40).nullable().optional(),
  amountText: z.string().trim().min(1).max(200).nullable().optional(),
  amountUsd: z.number().finite().nonnegative().nullable().optional(),
  by: ActorId.optional(),
  to: ActorId.nullable().optional(),
  status: PledgeStatus.optional(),
  periodStart: Year.nullable().optional(),
  periodEnd: Year.nullable().optional(),
}).strict();
export type PledgeCorrection = z.infer<typeof PledgeCorrection>;
export const CORRECTION_FIELDS = ['amount', 'unit', 'amountText', 'amountUsd', 'by', 'to', 'status', 'periodStart', 'periodEnd'] as const satisfies ReadonlyArray<keyof PledgeCorrection>;

export const RenameValue = z.object({ name: z.string().trim().min(1).max(300).optional(), kind: ActorKind.optional() }).strict()
  .refine((v) => v.name !== undefined || v.kind !== undefined, { message: 'give a new name, a new kind or both' });
export type RenameValue = z.infer<typeof RenameValue>;

/** A decision as a `:Decision` node stores it (value as JSON text): targets are fact keys, `actor:<id>` or `decision:<id>`. */
export interface DecisionRow {
  id: string;
  seq: number;
  kind: DecisionKind;
  /** `actor:<id>` (merge: the one kept; split, rename), a fact key (reject, confirm, correct), `decision:<id>` (undo). */
  target: string;
  /** The second actor of a merge (the one merged away) or split, as `actor:<id>`. */
  other: string | null;
  /** Rename: RenameValue; correct: the complete PledgeCorrection applied; else null. */
  value: Record<string, unknown> | null;
  reason: string | null;
  editor: string;
  /** ISO date-time. */
  at: string;
  /** The undo decision that took this one back, and when. */
  undoneBy: string | null;
  undoneAt: string | null;
}

/** A decision about to be recorded (its seq comes from the graph's decision log). */
export type NewDecision = Omit<DecisionRow, 'seq' | 'undoneBy' | 'undoneAt'>;

/** A decision as asked for (by a mutation or a file entry), before it is checked against the graph. */
export type DecisionRequest =
  | { kind: 'merge'; keep: string; merge: string }
  | { kind: 'split'; actors: [string, string] }
  | { kind: 'rename'; actor: string; name?: string; actorKind?: z.infer<typeof ActorKind> }
  | { kind: 'reject' | 'confirm'; fact: string }
  | { kind: 'correct'; pledge: string; correction: PledgeCorrection }
  | { kind: 'undo'; decision: string };

export const actorKey = (id: string) => `actor:${id}`;
export const decisionKey = (id: string) => `decision:${id}`;
/** The id in `actor:<id>` / `decision:<id>` / `pledge:<id>`. */
export const keyId = (key: string) => key.slice(key.indexOf(':') + 1);
