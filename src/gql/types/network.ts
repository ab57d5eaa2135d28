import { z } from 'zod';
import { PartialDate } from '../../core/claims.ts';
import { findNetworkEdges, type NetworkEdgeRow } from '../../graph/read/network.ts';
import { builder } from '../builder.ts';
import { selects } from '../lookahead.ts';
import { validate } from '../validate.ts';
import { NetworkEdgeTypeEnum, ReviewStatusEnum } from './enums.ts';
import { ActorRef } from './refs.ts';

const NetworkEdge = builder.objectRef<NetworkEdgeRow>('NetworkEdge').implement({
  description: 'One edge to draw: a relation or a pledge between two actors.',
  fields: (t) => ({
    id: t.exposeString('key', { description: 'Stable edge id (the fact key).' }),
    type: t.field({ type: NetworkEdgeTypeEnum, description: 'Relation type, or PLEDGE.', resolve: (e) => e.type }),
    source: t.exposeString('from', { description: 'Key of the source actor (matches a node `id`).' }),
    target: t.exposeString('to', { description: 'Key of the target actor (matches a node `id`).' }),
    weight: t.exposeInt('weight', { description: 'How many pieces of evidence support it.' }),
    firstDate: t.exposeString('firstDate', { nullable: true, description: 'Earliest date given for it (a year for pledges).' }),
    lastDate: t.exposeString('lastDate', { nullable: true, description: 'Latest date given for it.' }),
    amountUsd: t.exposeFloat('amountUsd', { nullable: true, description: 'For PLEDGE edges: the amount in US dollars, when known.' }),
    review: t.field({ type: ReviewStatusEnum, description: 'What a person has decided about it (REJECTED only with `includeRejected`).', resolve: (e) => (e.review ?? 'EXTRACTED') as never }),
  }),
});

type NetworkShape = { edges: NetworkEdgeRow[] };

const NetworkNode = builder.objectRef<{ id: string; degree: number }>('NetworkNode').implement({
  description: 'One node to draw: an actor at an end of some edge.',
  fields: (t) => ({
    id: t.exposeString('id', { description: 'The actor key, as used by edge `source`/`target`.' }),
    degree: t.exposeInt('degree', { description: 'How many of the returned edges touch it.' }),
    actor: t.field({ type: ActorRef, nullable: true, description: 'The actor itself.', resolve: (n, _a, ctx) => ctx.loaders.actors.load(n.id) }),
  }),
});

const Network = builder.objectRef<NetworkShape>('Network').implement({
  description: 'A subgraph ready to draw or export: nodes and the edges between them.',
  fields: (t) => ({
    nodes: t.field({
      type: [NetworkNode],
      description: 'Every actor at an end of a returned edge, most connected first.',
      resolve: ({ edges }) => {
        const degree = new Map<string, number>();
        for (const e of edges) for (const id of [e.from, e.to]) degree.set(id, (degree.get(id) ?? 0) + 1);
        return [...degree].map(([id, d]) => ({ id, degree: d })).sort((a, b) => b.degree - a.degree || a.id.localeCompare(b.id));
      },
    }),
    edges: t.field({ type: [NetworkEdge], description: 'The edges, most evidence first (equal weights: by id, descending).', resolve: (n) => n.edges }),
  }),
});

const NetworkFilter = builder.inputType('NetworkFilter', {
  description: 'Which part of the graph to draw; all given conditions must hold.',
  fields: (t) => ({
    sector: t.string({ required: false, description: 'Relations touching an actor in this sector (or sub-sector); pledges in it.' }),
    country: t.string({ required: false, description: 'Edges with an end that is this country or based in it.' }),
    types: t.field({ type: [NetworkEdgeTypeEnum], required: false, description: 'Only these edge types.' }),
    since: t.string({ required: false, description: 'Only edges dated this date or later (undated relations drop out).' }),
    until: t.string({ required: false, description: 'Only edges dated this date or earlier.' }),
    limit: t.int({ required: false, description: 'At most this many edges (default 500, at most 5000).' }),
    includeRejected: t.boolean({ required: false, description: 'Also facts a person rejected (left out by default).' }),
  }),
});

const Input = z.object({
  sector: z.string().min(1).max(200).nullish(),
  country: z.string().min(1).max(200).nullish(),
  types: z.array(z.string()).min(1).nullish(),
  since: PartialDate.nullish(),
  until: PartialDate.nullish(),
  limit: z.number().int().min(1).max(5000).nullish(),
  includeRejected: z.boolean().nullish(),
}).nullish();

builder.queryFields((t) => ({
  network: t.field({
    type: Network,
    description: 'Nodes and edges for a sector, country and/or period, ready to draw (e.g. in Gephi or a notebook).',
    args: { filter: t.arg({ type: NetworkFilter, required: false }) },
    resolve: async (_root, args, ctx, info) => {
      const f = validate(Input, args.filter);
      const withActors = selects(info, ['nodes', 'actor']);
      const edges = await ctx.read((tx) => findNetworkEdges(tx, {
        sector: f?.sector ?? null, country: f?.country ?? null, types: f?.types ?? null,
        since: f?.since ?? null, until: f?.until ?? null, limit: f?.limit ?? 500, withActors, includeRejected: f?.includeRejected ?? false,
      }));
      // The nodes' actors came with the edges: `actor` below is answered from the loader's cache.
      for (const e of edges) for (const actor of [e.fromActor, e.toActor]) if (actor) ctx.loaders.actors.prime(actor.id, actor);
      return { edges };
    },
  }),
}));
