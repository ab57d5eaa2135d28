import { z } from 'zod';
import { findShortestPaths, type PathRow } from '../../graph/read/paths.ts';
import { builder } from '../builder.ts';
import { notFound } from '../errors.ts';
import { selects } from '../lookahead.ts';
import { keyFromId } from '../ids.ts';
import { validate } from '../validate.ts';
import { loadActor } from './load.ts';
import { ActorRef, RelationRef } from './refs.ts';

type HopShape = { from: string; to: string; row: PathRow['relations'][number] };

const PathHop = builder.objectRef<HopShape>('PathHop').implement({
  description: 'One step of a path: from one actor to the next over one relation.',
  fields: (t) => ({
    from: t.field({ type: ActorRef, description: 'Where this step starts.', resolve: (h, _a, ctx) => loadActor(ctx, h.from) }),
    to: t.field({ type: ActorRef, description: 'Where this step ends.', resolve: (h, _a, ctx) => loadActor(ctx, h.to) }),
    relation: t.field({
      type: RelationRef,
      description: 'The relation this step follows, with its evidence; `direction` is seen from `from`.',
      resolve: (h) => ({ row: h.row, viewpoint: h.from }),
    }),
  }),
});

const Path = builder.objectRef<PathRow>('Path').implement({
  description: 'A chain of relations linking two actors.',
  fields: (t) => ({
    length: t.int({ description: 'Number of hops.', resolve: (p) => p.relations.length }),
    actors: t.field({ type: [ActorRef], description: 'The actors along the path, from start to end.', resolve: (p, _a, ctx) => Promise.all(p.nodes.map((id) => loadActor(ctx, id))) }),
    hops: t.field({
      type: [PathHop],
      description: 'The steps, in order.',
      resolve: (p) => p.relations.map((row, i) => ({ from: p.nodes[i]!, to: p.nodes[i + 1]!, row })),
    }),
  }),
});

const MAX_HOPS = 4;
/** Where a path answer shows actors: asking for any of them brings them in the paths statement. */
const ACTOR_FIELDS = [['actors'], ['hops', 'from'], ['hops', 'to'], ['hops', 'relation', 'from'], ['hops', 'relation', 'to']];
const Args = z.object({ from: z.string().min(1).max(200), to: z.string().min(1).max(200), maxHops: z.number().int().min(1).max(MAX_HOPS), first: z.number().int().min(1).max(50) });

builder.queryFields((t) => ({
  paths: t.field({
    type: [Path],
    description: `The shortest chains of relations between two actors (direction ignored), each hop with its evidence. Empty when none is at most \`maxHops\` long.`,
    args: {
      from: t.arg.id({ required: true, description: 'Key or global id of the first actor.' }),
      to: t.arg.id({ required: true, description: 'Key or global id of the last actor.' }),
      maxHops: t.arg.int({ required: false, defaultValue: MAX_HOPS, description: `Longest path to consider (1 to ${MAX_HOPS}).` }),
      first: t.arg.int({ required: false, defaultValue: 10, description: 'How many paths at most (all are equally short; at most 50).' }),
      includeRejected: t.arg.boolean({ required: false, defaultValue: false, description: 'Also walk relations a person rejected (left out by default).' }),
    },
    resolve: async (_root, args, ctx, info) => {
      const a = validate(Args, {
        from: keyFromId(String(args.from), 'Actor'), to: keyFromId(String(args.to), 'Actor'),
        maxHops: args.maxHops ?? MAX_HOPS, first: args.first ?? 10,
      });
      // One statement: the ends' existence, the paths and, when asked, the actors on them (primed for
      // the fields below) and the relations' dates.
      const withActors = ACTOR_FIELDS.some((path) => selects(info, path));
      const withDates = selects(info, ['hops', 'relation', 'dates']);
      const found = await ctx.read((tx) => findShortestPaths(tx, { from: a.from, to: a.to, maxHops: a.maxHops, limit: a.first, withActors, withDates, includeRejected: args.includeRejected ?? false }));
      if (!found.from) throw notFound(`Actor ${a.from}`);
      if (!found.to) throw notFound(`Actor ${a.to}`);
      for (const actor of [found.from, found.to, ...found.actors]) ctx.loaders.actors.prime(actor.id, actor);
      return found.paths;
    },
  }),
}));
