/**
 * The decision mutations: each needs an API token (its editor is recorded), is checked with zod here and
 * against the graph by the writer (NOT_FOUND / BAD_USER_INPUT, nothing written), and is one transaction.
 */
import { z } from 'zod';
import { ActorKind, PledgeStatus } from '../../core/claims.ts';
import { ActorId, DecisionId, FactKey, PledgeCorrection, PledgeId, Reason, type DecisionRequest } from '../../core/decisions/decision.ts';
import { builder } from '../builder.ts';
import type { GqlContext } from '../context.ts';
import { badInput } from '../errors.ts';
import { keyFromId } from '../ids.ts';
import { validate } from '../validate.ts';
import { ActorKindEnum, PledgeStatusEnum } from './enums.ts';
import { requireToken } from './mutations.ts';
import { DecisionRef } from './refs.ts';

const REASON = { required: false, description: 'Why (free text, up to 2000 characters): kept in the audit trail.' } as const;

const MergeActorsInput = builder.inputType('MergeActorsInput', {
  description: 'Two actors that are one: `merge` is merged into `keep`, everywhere and on every later load.',
  fields: (t) => ({
    keep: t.id({ required: true, description: 'Key or global id of the actor to keep (its name and kind stay).' }),
    merge: t.id({ required: true, description: 'Key or global id of the actor merged into it.' }),
    reason: t.string(REASON),
  }),
});
const SplitActorsInput = builder.inputType('SplitActorsInput', {
  description: 'Two actors that must never be joined by entity resolution (e.g. a group and its subsidiary).',
  fields: (t) => ({
    actors: t.idList({ required: true, description: 'Exactly two keys: actors in the graph, or the key extraction gives a name (a slug of it) that was joined to the other.' }),
    reason: t.string(REASON),
  }),
});
const RenameActorInput = builder.inputType('RenameActorInput', {
  description: 'A new canonical name and/or kind for an actor; its old name stays findable as an alias.',
  fields: (t) => ({
    actor: t.id({ required: true, description: 'Key or global id of the actor.' }),
    name: t.string({ required: false, description: 'The new name.' }),
    kind: t.field({ type: ActorKindEnum, required: false, description: 'The new kind.' }),
    reason: t.string(REASON),
  }),
});
const FactDecisionInput = builder.inputType('FactDecisionInput', {
  description: 'A relation or pledge, by its fact key (`Relation.key`, `Pledge.factKey`).',
  fields: (t) => ({
    fact: t.string({ required: true, description: 'rel:<TYPE>:<from>:<to>[:<role>] or pledge:<pledge key>.' }),
    reason: t.string(REASON),
  }),
});
const CorrectPledgeInput = builder.inputType('CorrectPledgeInput', {
  description: 'New values for some fields of a pledge; a field left out keeps its value. A new amount or unit brings its USD value and amount text unless given.',
  fields: (t) => ({
    pledge: t.id({ required: true, description: 'Key or global id of the pledge.' }),
    amount: t.float({ required: false, description: 'The figure, in `unit`.' }),
    unit: t.string({ required: false, description: 'USD, VND, EUR, people, …' }),
    amountText: t.string({ required: false, description: 'The amount written out (default: the figure and unit).' }),
    by: t.id({ required: false, description: 'Key of who pledges.' }),
    to: t.id({ required: false, description: 'Key of the recipient; null: no recipient.' }),
    status: t.field({ type: PledgeStatusEnum, required: false, description: 'How firm it is.' }),
    periodStart: t.int({ required: false, description: 'First year of its period (null: none).' }),
    periodEnd: t.int({ required: false, description: 'Last year of its period (null: none).' }),
    reason: t.string(REASON),
  }),
});
const UndoDecisionInput = builder.inputType('UndoDecisionInput', {
  description: 'A decision to take back: what it changed goes back to what extraction (and the other decisions) say.',
  fields: (t) => ({
    decision: t.id({ required: true, description: 'The `key` of the decision.' }),
    reason: t.string(REASON),
  }),
});

const actorKey = (v: unknown) => (typeof v === 'string' ? keyFromId(v, 'Actor') : v);
const MergeInput = z.object({ keep: z.preprocess(actorKey, ActorId), merge: z.preprocess(actorKey, ActorId), reason: Reason });
const SplitInput = z.object({ actors: z.array(z.preprocess(actorKey, ActorId)).length(2, 'give exactly two actors'), reason: Reason });
const RenameInput = z.object({ actor: z.preprocess(actorKey, ActorId), name: z.string().trim().min(1).max(300).nullish(), kind: ActorKind.nullish(), reason: Reason })
  .refine((v) => v.name != null || v.kind != null, { message: 'give a new name, a new kind or both', path: ['name'] });
const FactInput = z.object({ fact: FactKey, reason: Reason });
const CorrectInput = z.object({
  pledge: z.preprocess((v) => (typeof v === 'string' ? keyFromId(v, 'Pledge') : v), PledgeId),
  amount: z.number().finite().nonnegative().nullish(), unit: z.string().trim().min(1).max(40).nullish(), amountText: z.string().trim().min(1).max(200).nullish(),
  by: z.preprocess(actorKey, ActorId).nullish(), to: z.preprocess(actorKey, ActorId).nullish(), status: PledgeStatus.nullish(),
  periodStart: z.number().int().min(1900).max(2200).nullish(), periodEnd: z.number().int().min(1900).max(2200).nullish(), reason: Reason,
});
const UndoInput = z.object({ decision: DecisionId, reason: Reason });

/** GraphQL gives `undefined` for a field left out and `null` for one set to null: a correction keeps both apart. */
function correctionOf(input: Record<string, unknown>, parsed: z.infer<typeof CorrectInput>): z.infer<typeof PledgeCorrection> {
  const out: Record<string, unknown> = {};
  for (const f of ['amount', 'unit', 'amountText', 'to', 'periodStart', 'periodEnd'] as const) if (input[f] !== undefined) out[f] = parsed[f] ?? null;
  if (parsed.by != null) out.by = parsed.by;
  if (parsed.status != null) out.status = parsed.status;
  if (input.by === null) throw badInput('Invalid input: by: a pledge always has someone who pledges');
  if (!Object.keys(out).length) throw badInput('Invalid input: give at least one field to correct');
  return validate(PledgeCorrection, out);
}

async function decide(ctx: GqlContext, request: DecisionRequest, reason: string | null) {
  const editor = requireToken(ctx);
  return ctx.decisions.decide(request, { editor, reason });
}

builder.mutationFields((t) => ({
  mergeActors: t.field({
    type: DecisionRef,
    description: 'Records that two actors are one and merges them: the articles mentioning them are planned again with the merge. Returns the decision.',
    args: { input: t.arg({ type: MergeActorsInput, required: true }) },
    resolve: async (_r, args, ctx) => {
      requireToken(ctx);
      const i = validate(MergeInput, args.input);
      return decide(ctx, { kind: 'merge', keep: i.keep, merge: i.merge }, i.reason);
    },
  }),
  splitActors: t.field({
    type: DecisionRef,
    description: 'Records that two actors are different: entity resolution never joins them again (the articles mentioning them are planned again).',
    args: { input: t.arg({ type: SplitActorsInput, required: true }) },
    resolve: async (_r, args, ctx) => {
      requireToken(ctx);
      const i = validate(SplitInput, args.input);
      return decide(ctx, { kind: 'split', actors: [i.actors[0]!, i.actors[1]!] }, i.reason);
    },
  }),
  renameActor: t.field({
    type: DecisionRef,
    description: 'Gives an actor a canonical name and/or kind that loads keep (the gazetteer\'s do not override it).',
    args: { input: t.arg({ type: RenameActorInput, required: true }) },
    resolve: async (_r, args, ctx) => {
      requireToken(ctx);
      const i = validate(RenameInput, args.input);
      return decide(ctx, { kind: 'rename', actor: i.actor, ...(i.name != null ? { name: i.name } : {}), ...(i.kind != null ? { actorKind: i.kind } : {}) }, i.reason);
    },
  }),
  rejectFact: t.field({
    type: DecisionRef,
    description: 'Marks a relation or pledge as wrong: it stays in the graph (and comes back rejected when an article states it again) but is left out of partners, pledges, totals, paths, network and exports unless `includeRejected: true`.',
    args: { input: t.arg({ type: FactDecisionInput, required: true }) },
    resolve: async (_r, args, ctx) => {
      requireToken(ctx);
      const i = validate(FactInput, args.input);
      return decide(ctx, { kind: 'reject', fact: i.fact }, i.reason);
    },
  }),
  confirmFact: t.field({
    type: DecisionRef,
    description: 'Marks a relation or pledge as checked by a person (review CONFIRMED).',
    args: { input: t.arg({ type: FactDecisionInput, required: true }) },
    resolve: async (_r, args, ctx) => {
      requireToken(ctx);
      const i = validate(FactInput, args.input);
      return decide(ctx, { kind: 'confirm', fact: i.fact }, i.reason);
    },
  }),
  correctPledge: t.field({
    type: DecisionRef,
    description: 'Corrects fields of a pledge (amount, unit, by, to, status, period); loads keep the correction, and undoing it restores what extraction says.',
    args: { input: t.arg({ type: CorrectPledgeInput, required: true }) },
    resolve: async (_r, args, ctx) => {
      requireToken(ctx);
      const raw = args.input as unknown as Record<string, unknown>;
      const i = validate(CorrectInput, raw);
      return decide(ctx, { kind: 'correct', pledge: i.pledge, correction: correctionOf(raw, i) }, i.reason);
    },
  }),
  undoDecision: t.field({
    type: DecisionRef,
    description: 'Takes a decision back (recorded as an undo decision): what it changed is restored from extraction and the other decisions.',
    args: { input: t.arg({ type: UndoDecisionInput, required: true }) },
    resolve: async (_r, args, ctx) => {
      requireToken(ctx);
      const i = validate(UndoInput, args.input);
      return decide(ctx, { kind: 'undo', decision: i.decision }, i.reason);
    },
  }),
}));
