import { z } from 'zod';
import { ACTOR_KINDS } from '../../core/claims.ts';
import { findActorByName, listActors } from '../../graph/read/actors.ts';
import { buildFulltextQuery } from '../../graph/read/fulltext-query.ts';
import { builder } from '../builder.ts';
import { decodeCursor } from '../cursor.ts';
import { badInput, notFound } from '../errors.ts';
import { keyFromId } from '../ids.ts';
import { pageSize, toPage } from '../page.ts';
import { validate } from '../validate.ts';
import { ActorKindEnum } from './enums.ts';
import { loadActor } from './load.ts';
import { ActorRef, SectorRef } from './refs.ts';

builder.node(ActorRef, {
  description: 'Someone or something that acts or is acted upon: a company, government body, organisation, university, country, place, facility or person.',
  id: { resolve: (a) => a.id, description: 'Global id; `node(id)` fetches the actor again.' },
  loadMany: (ids, ctx) => Promise.all(ids.map((id) => ctx.loaders.actors.load(id))),
  fields: (t) => ({
    key: t.exposeString('id', { description: 'The stable plain key, e.g. "samsung-electronics" (gazetteer id or slug of the name).' }),
    name: t.exposeString('name', { description: 'Canonical name, Vietnamese kept as is.' }),
    kind: t.field({ type: ActorKindEnum, description: 'What kind of actor.', resolve: (a) => a.kind }),
    aliases: t.exposeStringList('aliases', { description: 'Every other name the articles or the gazetteer use for it.' }),
    country: t.field({
      type: ActorRef,
      nullable: true,
      description: 'Home country, when known.',
      resolve: (a, _args, ctx) => (a.country ? ctx.loaders.actors.load(a.country) : null),
    }),
    sectors: t.field({
      type: [SectorRef],
      description: 'Sectors the articles say it works in.',
      resolve: async (a, _args, ctx) => {
        const ids = await ctx.loaders.actorSectorIds.load(a.id);
        const rows = await ctx.loaders.sectors.loadMany(ids);
        return rows.filter((s): s is Exclude<typeof s, Error | null> => s !== null && !(s instanceof Error));
      },
    }),
  }),
});

const ActorFilter = builder.inputType('ActorFilter', {
  description: 'Narrows `actors`; all given conditions must hold.',
  fields: (t) => ({
    kinds: t.field({ type: [ActorKindEnum], required: false, description: 'Only these kinds.' }),
    country: t.string({ required: false, description: 'Only actors whose home country has this key, e.g. "south-korea".' }),
    text: t.string({ required: false, description: 'Only actors whose name or an alias matches, ignoring case and diacritics.' }),
  }),
});

const ActorFilterInput = z.object({
  kinds: z.array(z.enum(ACTOR_KINDS)).min(1).nullish(),
  country: z.string().min(1).max(200).nullish(),
  text: z.string().min(1).max(200).nullish(),
}).nullish();

builder.queryFields((t) => ({
  actor: t.field({
    type: ActorRef,
    description: 'One actor by key or global id (`id`), or by any of its names (`name`, ignoring case and diacritics). Give exactly one; NOT_FOUND when there is none.',
    args: {
      id: t.arg.id({ required: false, description: 'Plain key ("nvidia") or global id.' }),
      name: t.arg.string({ required: false, description: 'A name or alias, e.g. "Samsung" or "nic hoa lac".' }),
    },
    resolve: async (_root, args, ctx) => {
      if ((args.id == null) === (args.name == null)) throw badInput('Give exactly one of `id` or `name`');
      if (args.id != null) return loadActor(ctx, keyFromId(String(args.id), 'Actor'));
      const name = validate(z.string().min(1).max(200), args.name);
      const query = buildFulltextQuery(name);
      const found = query ? await ctx.read((tx) => findActorByName(tx, { name, query })) : null;
      if (!found) throw notFound(`Actor named "${name}"`);
      ctx.loaders.actors.prime(found.id, found);
      return found;
    },
  }),
  actors: t.connection({
    type: ActorRef,
    description: 'All actors, by name, optionally filtered. Page with `first`/`after`.',
    args: { filter: t.arg({ type: ActorFilter, required: false }) },
    resolve: async (_root, args, ctx) => {
      const size = pageSize(args, ctx.maxPageSize);
      const filter = validate(ActorFilterInput, args.filter);
      const after = decodeCursor(args.after, 'string');
      const query = filter?.text ? buildFulltextQuery(filter.text) : null;
      if (filter?.text && !query) return toPage([], size, after !== null, () => ['', ''], (r: never) => r);
      const rows = await ctx.read((tx) => listActors(tx, {
        kinds: filter?.kinds ?? null, country: filter?.country ?? null, query,
        after: after ? { name: after.key, id: after.id } : null, limit: size + 1,
      }));
      for (const r of rows) ctx.loaders.actors.prime(r.id, r);
      return toPage(rows, size, after !== null, (r) => [r.name, r.id], (r) => r);
    },
  }, { name: 'ActorConnection', description: 'A page of actors.' }, { name: 'ActorEdge', description: 'One actor in a page.' }),
}));
