import { listPledges, type PledgeOrder, type PledgeTotalRow } from '../../graph/read/pledges.ts';
import { builder } from '../builder.ts';
import { decodeCursor } from '../cursor.ts';
import { selects } from '../lookahead.ts';
import { pageSize, toPage } from '../page.ts';
import { toPledgeFilterParams, PledgeFilter } from './pledge-filter.ts';
import { PledgeRef } from './refs.ts';

const PledgeOrderEnum = builder.enumType('PledgeOrder', {
  description: 'How `pledges` are sorted (ties broken by key).',
  values: {
    AMOUNT_USD_DESC: { value: 'AMOUNT_USD_DESC', description: 'Largest US-dollar amount first; pledges with no USD value last.' },
    YEAR_DESC: { value: 'YEAR_DESC', description: 'Newest year first; undated last.' },
    YEAR_ASC: { value: 'YEAR_ASC', description: 'Oldest year first; undated last.' },
  } satisfies Record<PledgeOrder, { value: PledgeOrder; description: string }>,
});

/** What the pledges resolver returns beyond the page: pothos types the connection parent as the bare page. */
type PledgePageExtras = { totals: PledgeTotalRow | null };
const totalsOf = (page: object) => (page as PledgePageExtras).totals;

builder.queryFields((t) => ({
  pledges: t.connection({
    type: PledgeRef,
    description: 'Pledges matching the filter, sorted by `orderBy`, with the total count and US-dollar sum of all matches. Page with `first`/`after`.',
    args: {
      filter: t.arg({ type: PledgeFilter, required: false }),
      orderBy: t.arg({ type: PledgeOrderEnum, required: false, defaultValue: 'AMOUNT_USD_DESC', description: 'Sort order (default: largest first).' }),
    },
    resolve: async (_root, args, ctx, info) => {
      const size = pageSize(args, ctx.maxPageSize);
      const filter = toPledgeFilterParams(args.filter);
      const after = decodeCursor(args.after, 'number');
      const orderBy = (args.orderBy ?? 'AMOUNT_USD_DESC') as PledgeOrder;
      // The totals, when asked for, come from the same statement as the page.
      const withTotals = selects(info, ['totalCount']) || selects(info, ['totalUsd']);
      const { rows, totals } = await ctx.read((tx) => listPledges(tx, { filter, orderBy, after, limit: size + 1, withTotals }));
      for (const r of rows) {
        ctx.loaders.pledges.prime(r.id, r);
        ctx.loaders.actors.prime(r.byActor.id, r.byActor);
        if (r.toActor) ctx.loaders.actors.prime(r.toActor.id, r.toActor);
      }
      return Object.assign(toPage(rows, size, after !== null, (r) => [r.sortKey, r.id], (r) => r), { totals } satisfies PledgePageExtras);
    },
  }, {
    name: 'PledgeConnection',
    description: 'A page of pledges, with totals over every match (not just this page).',
    fields: (c) => ({
      totalCount: c.int({
        description: 'How many pledges match the filter.',
        resolve: (conn) => totalsOf(conn)?.count ?? 0,
      }),
      totalUsd: c.float({
        description: 'Sum of `amountUsd` over every matching pledge that has one.',
        resolve: (conn) => totalsOf(conn)?.totalUsd ?? 0,
      }),
    }),
  }, { name: 'PledgeEdge', description: 'One pledge in a page.' }),
}));
