import { sumPledges, type PledgeGroup, type PledgeTotalRow } from '../../graph/read/pledges.ts';
import { builder } from '../builder.ts';
import { PledgeFilter, toPledgeFilterParams } from './pledge-filter.ts';
import { ActorRef, SectorRef } from './refs.ts';

const PledgeGroupByEnum = builder.enumType('PledgeGroupBy', {
  description: 'What `pledgeTotals` adds up by.',
  values: {
    INVESTOR: { value: 'INVESTOR', description: 'The actor who pledges.' },
    INVESTOR_COUNTRY: { value: 'INVESTOR_COUNTRY', description: 'The home country of the actor who pledges.' },
    SECTOR: { value: 'SECTOR', description: 'Each sector of the pledge (a pledge in two sectors counts in both).' },
    YEAR: { value: 'YEAR', description: 'The pledge\'s year.' },
    RECIPIENT: { value: 'RECIPIENT', description: 'The recipient or place.' },
  } satisfies Record<PledgeGroup, { value: string; description: string }>,
});

type TotalShape = PledgeTotalRow & { groupBy: PledgeGroup };

const PledgeTotal = builder.objectRef<TotalShape>('PledgeTotal').implement({
  description: 'Count and US-dollar sum of the pledges in one group.',
  fields: (t) => ({
    key: t.exposeString('key', { nullable: true, description: 'The group: an actor key, country key, sector key or year; null for pledges without one (e.g. no recipient).' }),
    count: t.exposeInt('count', { description: 'How many pledges.' }),
    totalUsd: t.exposeFloat('totalUsd', { description: 'Sum of their `amountUsd` (pledges without a USD value add nothing).' }),
    countWithUsd: t.exposeInt('withUsd', { description: 'How many of them have a USD value.' }),
    actor: t.field({
      type: ActorRef,
      nullable: true,
      description: 'The actor or country, when grouping by INVESTOR, INVESTOR_COUNTRY or RECIPIENT.',
      resolve: (g, _a, ctx) => (g.key && ['INVESTOR', 'INVESTOR_COUNTRY', 'RECIPIENT'].includes(g.groupBy) ? ctx.loaders.actors.load(g.key) : null),
    }),
    sector: t.field({
      type: SectorRef,
      nullable: true,
      description: 'The sector, when grouping by SECTOR.',
      resolve: (g, _a, ctx) => (g.key && g.groupBy === 'SECTOR' ? ctx.loaders.sectors.load(g.key) : null),
    }),
  }),
});

builder.queryFields((t) => ({
  pledgeTotals: t.field({
    type: [PledgeTotal],
    description: 'Pledges matching the filter, added up per group, largest USD sum first.',
    args: {
      groupBy: t.arg({ type: PledgeGroupByEnum, required: true }),
      filter: t.arg({ type: PledgeFilter, required: false }),
    },
    resolve: async (_root, args, ctx) => {
      const filter = toPledgeFilterParams(args.filter);
      const groupBy = args.groupBy as PledgeGroup;
      const rows = await ctx.read((tx) => sumPledges(tx, { filter, groupBy }));
      return rows.map((r) => ({ ...r, groupBy }));
    },
  }),
}));
