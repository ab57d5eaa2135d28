import { z } from 'zod';
import { buildFulltextQuery } from '../../graph/read/fulltext-query.ts';
import { searchNames, type SearchRow } from '../../graph/read/search.ts';
import { builder } from '../builder.ts';
import { validate } from '../validate.ts';
import { SearchKindEnum } from './enums.ts';
import { mustLoad } from './load.ts';
import { ActorRef, SectorRef } from './refs.ts';

const SearchResult = builder.unionType('SearchResult', {
  description: 'An actor or a sector.',
  types: [ActorRef, SectorRef],
  resolveType: (value) => ('kind' in value ? ActorRef : SectorRef),
});

const SearchHit = builder.objectRef<SearchRow>('SearchHit').implement({
  description: 'One match of `search`.',
  fields: (t) => ({
    score: t.exposeFloat('score', { description: 'Relevance: higher is better.' }),
    name: t.exposeString('name', { description: 'The canonical name of what matched.' }),
    kind: t.exposeString('kind', { description: 'The actor kind (company, country, …) or "sector".' }),
    node: t.field({
      type: SearchResult,
      description: 'The actor or sector itself.',
      resolve: (hit, _a, ctx) => (hit.type === 'Actor' ? mustLoad(ctx.loaders.actors, hit.id, 'Actor') : mustLoad(ctx.loaders.sectors, hit.id, 'Sector')),
    }),
  }),
});

const Args = z.object({ text: z.string().min(1).max(200), first: z.number().int().min(1).max(1000) });

builder.queryFields((t) => ({
  search: t.field({
    type: [SearchHit],
    description: 'Actors and sectors by name or alias, ignoring case, diacritics and tone-mark placement ("hoa lac", "Hoà Lạc" and "HÒA LẠC" find the same). Every word must match; the last may be the start of a word.',
    args: {
      text: t.arg.string({ required: true, description: 'What to look for (at most 200 characters).' }),
      kinds: t.arg({ type: [SearchKindEnum], required: false, description: 'Only these kinds (SECTOR for sectors).' }),
      first: t.arg.int({ required: false, defaultValue: 10, description: 'How many hits (default 10, at most the page size cap).' }),
    },
    resolve: async (_root, args, ctx) => {
      const a = validate(Args.extend({ first: Args.shape.first.max(ctx.maxPageSize) }), { text: args.text, first: args.first ?? 10 });
      const query = buildFulltextQuery(a.text);
      if (!query) return [];
      const hits = await ctx.read((tx) => searchNames(tx, { query, kinds: args.kinds?.length ? args.kinds : null, limit: a.first }));
      for (const hit of hits) {
        if (hit.actor) ctx.loaders.actors.prime(hit.id, hit.actor);
        if (hit.sector) ctx.loaders.sectors.prime(hit.id, hit.sector);
      }
      return hits;
    },
  }),
}));
