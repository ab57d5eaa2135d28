import { builder } from '../builder.ts';
import { PledgeKindEnum, PledgeStatusEnum, QualifierEnum, ReviewStatusEnum } from './enums.ts';
import { loadActor } from './load.ts';
import { evidenceField } from './evidence.ts';
import { ActorRef, DecisionRef, PledgeRef, SectorRef } from './refs.ts';

builder.node(PledgeRef, {
  description: 'A promise reported in the news: who pledges what (money, training, trade…) to whom, how much, when, and how firmly. The same pledge in two articles is one pledge with two pieces of evidence.',
  id: { resolve: (p) => p.id, description: 'Global id; `node(id)` fetches the pledge again.' },
  loadMany: (ids, ctx) => Promise.all(ids.map((id) => ctx.loaders.pledges.load(id))),
  fields: (t) => ({
    key: t.exposeString('id', { description: 'The plain key (a hash of who, to whom, kind, amount, unit and period).' }),
    kind: t.field({ type: PledgeKindEnum, description: 'What is pledged.', resolve: (p) => p.kind }),
    by: t.field({ type: ActorRef, description: 'Who pledges.', resolve: (p, _a, ctx) => loadActor(ctx, p.by) }),
    to: t.field({ type: ActorRef, nullable: true, description: 'The recipient or place, when stated.', resolve: (p, _a, ctx) => (p.to ? loadActor(ctx, p.to) : null) }),
    requestedBy: t.field({
      type: ActorRef,
      nullable: true,
      description: 'Who asked for it, when that is someone else (e.g. a minister proposing it).',
      resolve: (p, _a, ctx) => (p.requestedBy ? loadActor(ctx, p.requestedBy) : null),
    }),
    amount: t.exposeFloat('amount', { nullable: true, description: 'The figure, in `unit`.' }),
    unit: t.exposeString('unit', { nullable: true, description: 'USD, VND, EUR, people, universities, percent, …' }),
    amountText: t.exposeString('amountText', { nullable: true, description: 'The amount as written, e.g. "3 tỷ USD".' }),
    amountUsd: t.exposeFloat('amountUsd', { nullable: true, description: 'The amount in US dollars, where it is money.' }),
    qualifier: t.field({ type: QualifierEnum, nullable: true, description: '"hơn", "ít nhất", "gần", "lên tới"…', resolve: (p) => p.qualifier }),
    incremental: t.exposeBoolean('incremental', { description: 'True for "thêm": on top of earlier pledges.' }),
    cumulative: t.exposeBoolean('cumulative', { description: 'True for a running total of what the actor has put in so far ("nâng tổng vốn … lên"): not a new promise, left out of totals.' }),
    periodStart: t.exposeInt('periodStart', { nullable: true, description: 'First year of the period it covers.' }),
    periodEnd: t.exposeInt('periodEnd', { nullable: true, description: 'Last year of the period it covers.' }),
    year: t.exposeInt('year', { nullable: true, description: 'Start of the period, else the year of the first article reporting it.' }),
    status: t.field({ type: PledgeStatusEnum, description: 'How firm it is.', resolve: (p) => p.status }),
    sectors: t.field({
      type: [SectorRef],
      description: 'Sectors it is for.',
      resolve: async (p, _a, ctx) => (await Promise.all(p.sectors.map((id) => ctx.loaders.sectors.load(id)))).filter((s) => s !== null),
    }),
    factKey: t.string({ description: 'Its fact key (`pledge:<key>`), as `rejectFact` and `confirmFact` take it.', resolve: (p) => `pledge:${p.id}` }),
    review: t.field({ type: ReviewStatusEnum, description: 'What a person has decided about it: EXTRACTED (nobody yet), CONFIRMED, CORRECTED or REJECTED.', resolve: (p) => (p.review ?? 'EXTRACTED') as never }),
    decision: t.field({ type: DecisionRef, nullable: true, description: 'The last decision that touched it (reject, confirm or correct), when there is one.', resolve: (p, _a, ctx) => (p.decision ? ctx.loaders.decisions.load(p.decision) : null) }),
    evidence: evidenceField(t, 'report it', (p) => `pledge:${p.id}`),
  }),
});

const PLEDGES_OF_DEFAULT = 20;

builder.objectFields(ActorRef, (t) => ({
  pledgesMade: t.field({
    type: [PledgeRef],
    description: 'Pledges this actor made, largest USD amount first.',
    args: { first: t.arg.int({ required: false, description: `How many (default ${PLEDGES_OF_DEFAULT}, at most the page size cap).` }), includeRejected: t.arg.boolean({ required: false, defaultValue: false, description: 'Also pledges a person rejected (left out by default).' }) },
    resolve: (a, args, ctx) => ctx.loaders.pledgesOf({ role: 'made', limit: Math.max(0, Math.min(args.first ?? PLEDGES_OF_DEFAULT, ctx.maxPageSize)), includeRejected: args.includeRejected ?? false }).load(a.id),
  }),
  pledgesReceived: t.field({
    type: [PledgeRef],
    description: 'Pledges made to this actor (or place), largest USD amount first.',
    args: { first: t.arg.int({ required: false, description: `How many (default ${PLEDGES_OF_DEFAULT}, at most the page size cap).` }), includeRejected: t.arg.boolean({ required: false, defaultValue: false, description: 'Also pledges a person rejected (left out by default).' }) },
    resolve: (a, args, ctx) => ctx.loaders.pledgesOf({ role: 'received', limit: Math.max(0, Math.min(args.first ?? PLEDGES_OF_DEFAULT, ctx.maxPageSize)), includeRejected: args.includeRejected ?? false }).load(a.id),
  }),
}));
