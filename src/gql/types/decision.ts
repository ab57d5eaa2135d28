/** Decision: one correction a person made, with who, when and why; `decisions` lists them newest first. */
import { z } from 'zod';
import { keyId, type DecisionRow } from '../../core/decisions/decision.ts';
import { listDecisions } from '../../graph/decisions/rows.ts';
import { builder } from '../builder.ts';
import { decodeCursor } from '../cursor.ts';
import { pageSize, toPage } from '../page.ts';
import { validate } from '../validate.ts';
import { ActorKindEnum, DecisionKindEnum, PledgeStatusEnum } from './enums.ts';
import { ActorRef, DecisionRef, PledgeRef, RelationRef } from './refs.ts';

type Correction = Record<string, unknown>;

const PledgeCorrectionRef = builder.objectRef<Correction>('PledgeCorrection').implement({
  description: 'The values a correct decision gave a pledge; a field it left alone is null here.',
  fields: (t) => ({
    amount: t.float({ nullable: true, description: 'The figure, in `unit`.', resolve: (c) => (c.amount as number | null | undefined) ?? null }),
    unit: t.string({ nullable: true, description: 'USD, VND, people, …', resolve: (c) => (c.unit as string | null | undefined) ?? null }),
    amountText: t.string({ nullable: true, description: 'The amount written out.', resolve: (c) => (c.amountText as string | null | undefined) ?? null }),
    amountUsd: t.float({ nullable: true, description: 'The amount in US dollars.', resolve: (c) => (c.amountUsd as number | null | undefined) ?? null }),
    by: t.string({ nullable: true, description: 'Key of who pledges.', resolve: (c) => (c.by as string | undefined) ?? null }),
    to: t.string({ nullable: true, description: 'Key of the recipient (null also when the correction removed it: see `fields`).', resolve: (c) => (c.to as string | null | undefined) ?? null }),
    status: t.field({ type: PledgeStatusEnum, nullable: true, description: 'How firm it is.', resolve: (c) => (c.status as never) ?? null }),
    periodStart: t.int({ nullable: true, description: 'First year of its period.', resolve: (c) => (c.periodStart as number | null | undefined) ?? null }),
    periodEnd: t.int({ nullable: true, description: 'Last year of its period.', resolve: (c) => (c.periodEnd as number | null | undefined) ?? null }),
    fields: t.stringList({ description: 'The fields it sets (a field set to null is listed too).', resolve: (c) => Object.keys(c) }),
  }),
});

const actorIds = (d: DecisionRow) => [d.target, d.other].filter((k): k is string => !!k && k.startsWith('actor:')).map(keyId);

DecisionRef.implement({
  description: 'A correction a person made: kept as data, replayed on every load, undone by an `undo` decision. '
    + 'Merge and split decisions re-plan the articles that mention their actors; the others apply to their actor, relation or pledge.',
  fields: (t) => ({
    key: t.exposeString('id', { description: 'Its id (pass it to `undoDecision`).' }),
    seq: t.exposeInt('seq', { description: 'Its place in the order decisions were made (1, 2, …).' }),
    kind: t.field({ type: DecisionKindEnum, description: 'What it does.', resolve: (d) => d.kind }),
    target: t.exposeString('target', { description: 'What it is about: `actor:<key>` (merge: the one kept; split, rename), a fact key (reject, confirm, correct) or `decision:<key>` (undo).' }),
    other: t.exposeString('other', { nullable: true, description: 'The second actor of a merge (the one merged away) or split, as `actor:<key>`.' }),
    actors: t.field({
      type: [ActorRef],
      description: 'The actors it names that are in the graph now (one merged away is not).',
      resolve: async (d, _a, ctx) => (await Promise.all(actorIds(d).map((id) => ctx.loaders.actors.load(id)))).filter((a) => a !== null),
    }),
    relation: t.field({
      type: RelationRef,
      nullable: true,
      description: 'The relation it is about, when it is about one that is in the graph now.',
      resolve: async (d, _a, ctx) => {
        if (!d.target.startsWith('rel:')) return null;
        const row = await ctx.loaders.relations.load(d.target);
        return row ? { row, viewpoint: row.from } : null;
      },
    }),
    pledge: t.field({
      type: PledgeRef,
      nullable: true,
      description: 'The pledge it is about, when it is about one that is in the graph now.',
      resolve: (d, _a, ctx) => (d.target.startsWith('pledge:') ? ctx.loaders.pledges.load(keyId(d.target)) : null),
    }),
    undoes: t.field({
      type: DecisionRef,
      nullable: true,
      description: 'For an undo: the decision it took back.',
      resolve: (d, _a, ctx) => (d.kind === 'undo' ? ctx.loaders.decisions.load(keyId(d.target)) : null),
    }),
    name: t.string({ nullable: true, description: 'Rename: the new name, when it sets one.', resolve: (d) => (d.kind === 'rename' ? (d.value?.name as string | undefined) ?? null : null) }),
    actorKind: t.field({ type: ActorKindEnum, nullable: true, description: 'Rename: the new kind, when it sets one.', resolve: (d) => (d.kind === 'rename' ? (d.value?.kind as never) ?? null : null) }),
    correction: t.field({ type: PledgeCorrectionRef, nullable: true, description: 'Correct: the values it gives the pledge.', resolve: (d) => (d.kind === 'correct' ? d.value ?? {} : null) }),
    reason: t.exposeString('reason', { nullable: true, description: 'Why, in the words of the person who made it.' }),
    editor: t.exposeString('editor', { description: 'Who made it: the editor name of the API token used (or of the decisions file it came from).' }),
    at: t.exposeString('at', { description: 'When it was made (ISO date-time, UTC).' }),
    undone: t.boolean({ description: 'True when an undo took it back (it no longer applies).', resolve: (d) => d.undoneBy !== null }),
    undoneBy: t.field({ type: DecisionRef, nullable: true, description: 'The undo that took it back.', resolve: (d, _a, ctx) => (d.undoneBy ? ctx.loaders.decisions.load(d.undoneBy) : null) }),
    undoneAt: t.exposeString('undoneAt', { nullable: true, description: 'When it was undone.' }),
  }),
});

const Target = z.string().min(1).max(1000).nullish();

builder.queryFields((t) => ({
  decisions: t.connection({
    type: DecisionRef,
    description: 'The audit trail: every decision, newest first (undone ones too, with the undo that took them back). Page with `first`/`after`.',
    args: {
      target: t.arg.string({ required: false, description: 'Only decisions naming this key: `actor:<key>`, a fact key (`rel:…`, `pledge:…`) or `decision:<key>`.' }),
    },
    resolve: async (_root, args, ctx) => {
      const size = pageSize(args, ctx.maxPageSize);
      const target = validate(Target, args.target) ?? null;
      const after = decodeCursor(args.after, 'number');
      const rows = await ctx.read((tx) => listDecisions(tx, { afterSeq: after?.key ?? null, limit: size + 1, target }));
      for (const r of rows) ctx.loaders.decisions.prime(r.id, r);
      return toPage(rows, size, after !== null, (r) => [r.seq, r.id], (r) => r);
    },
  }, { name: 'DecisionConnection', description: 'A page of decisions.' }, { name: 'DecisionEdge', description: 'One decision in a page.' }),
}));
