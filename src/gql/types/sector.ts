import { listSectors } from '../../graph/read/sectors.ts';
import { builder } from '../builder.ts';
import { keyFromId } from '../ids.ts';
import { loadSector } from './load.ts';
import { SectorRef } from './refs.ts';

builder.node(SectorRef, {
  description: 'A sector of the controlled vocabulary (semiconductors, ai, data-centers, …), possibly inside a parent sector.',
  id: { resolve: (s) => s.id, description: 'Global id; `node(id)` fetches the sector again.' },
  loadMany: (ids, ctx) => Promise.all(ids.map((id) => ctx.loaders.sectors.load(id))),
  fields: (t) => ({
    key: t.exposeString('id', { description: 'The plain key, e.g. "semiconductors".' }),
    name: t.exposeString('name', { description: 'English name.' }),
    nameVi: t.exposeString('nameVi', { nullable: true, description: 'Vietnamese name.' }),
    parent: t.field({
      type: SectorRef,
      nullable: true,
      description: 'The broader sector this one belongs to (chip design ⊂ semiconductors).',
      resolve: (s, _args, ctx) => (s.parent ? ctx.loaders.sectors.load(s.parent) : null),
    }),
  }),
});

builder.queryFields((t) => ({
  sector: t.field({
    type: SectorRef,
    description: 'One sector by key ("semiconductors") or global id; NOT_FOUND when there is none.',
    args: { id: t.arg.id({ required: true, description: 'Plain key or global id.' }) },
    resolve: (_root, args, ctx) => loadSector(ctx, keyFromId(String(args.id), 'Sector')),
  }),
  sectors: t.field({
    type: [SectorRef],
    description: 'Every sector of the vocabulary, by key (a small, fixed list).',
    resolve: async (_root, _args, ctx) => {
      const rows = await ctx.read((tx) => listSectors(tx));
      for (const r of rows) ctx.loaders.sectors.prime(r.id, r);
      return rows;
    },
  }),
}));
